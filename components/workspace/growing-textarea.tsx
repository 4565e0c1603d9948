"use client";

import { useLayoutEffect, useRef, type KeyboardEvent, type TextareaHTMLAttributes } from "react";
import { Textarea } from "@/components/ui/input";
import { cn } from "@/lib/utils/cn";

interface GrowingTextareaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  value: string;
  /** One line to start with, Enter adds no line break: names and owners read as one line but still wrap. */
  singleLine?: boolean;
}

/**
 * A text area as tall as its text, so a long answer is read whole while it is written. The
 * height is measured (not CSS field-sizing, which not every browser has) on every change of
 * the value and of the width.
 */
export function GrowingTextarea({ value, singleLine = false, className, onKeyDown, ...props }: GrowingTextareaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const fit = () => {
      element.style.height = "auto";
      const borders = element.offsetHeight - element.clientHeight;
      element.style.height = `${element.scrollHeight + borders}px`;
    };
    fit();
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      fit();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [value]);
  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (singleLine && event.key === "Enter") event.preventDefault();
    onKeyDown?.(event);
  };
  return (
    <Textarea
      ref={ref}
      value={value}
      rows={singleLine ? 1 : 3}
      onKeyDown={keyDown}
      className={cn("resize-none overflow-hidden", singleLine && "min-h-10", className)}
      {...props}
    />
  );
}
