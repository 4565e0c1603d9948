"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/** The project's sections; the current one is marked for assistive technology too. */
export function ProjectTabs({ base }: { base: string }) {
  const pathname = usePathname();
  const row = useRef<HTMLElement>(null);
  // On a phone the row scrolls: the current tab is brought into it (History and Settings start off the edge).
  useEffect(() => {
    row.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [pathname]);
  const tabs = [
    { href: `${base}/dashboard`, label: "Dashboard" },
    { href: base, label: "Workspace" },
    { href: `${base}/plan`, label: "90-day plan" },
    { href: `${base}/snapshots`, label: "Snapshots" },
    { href: `${base}/history`, label: "History" },
    { href: `${base}/settings`, label: "Settings" },
  ];
  return (
    // On a phone the five tabs are wider than the screen: the row scrolls on its own (its links are the keyboard stops).
    <nav
      ref={row}
      aria-label="Project"
      className="no-print relative flex gap-1 overflow-x-auto border-b border-border [scrollbar-width:thin]"
    >
      {tabs.map((tab) => {
        const current = tab.href === base ? pathname === base : pathname.startsWith(tab.href);
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={current ? "page" : undefined}
            className="-mb-px shrink-0 border-b-2 border-transparent px-3 py-2 whitespace-nowrap sm:px-4 text-sm font-medium text-fg-muted aria-[current=page]:border-accent aria-[current=page]:text-fg"
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
