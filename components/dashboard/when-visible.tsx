"use client";

import { startTransition, useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders `children` once its box comes into the viewport (or the page is printed), and
 * `placeholder` until then. Charts below the fold thus load their library when someone
 * scrolls to them, not while a phone is still starting the page; and the chart renders
 * as a transition, which React splits into short slices, so it never blocks input.
 */
export function WhenVisible({ children, placeholder }: { children: ReactNode; placeholder: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const node = box.current;
    if (!node || typeof IntersectionObserver === "undefined") {
      setVisible(true);
      return;
    }
    const show = () => startTransition(() => setVisible(true));
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && show(), { rootMargin: "0px" });
    observer.observe(node);
    window.addEventListener("beforeprint", show);
    return () => {
      observer.disconnect();
      window.removeEventListener("beforeprint", show);
    };
  }, []);
  return (
    <div ref={box} className="size-full">
      {visible ? children : placeholder}
    </div>
  );
}
