"use client";

import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from "react";
import { flushSync } from "react-dom";
import { ROW_HEIGHT } from "./grid-columns";

/** Rows rendered beyond each edge of the box: Tab always finds the next row in the page. */
const OVERSCAN_ROWS = 12;
/** Rows rendered before the box has been measured (the server's render). */
const FIRST_ROWS = 20;

export interface GridWindow {
  /** The scrolling box the table sits in. */
  box: RefObject<HTMLDivElement | null>;
  /** Positions (among the rows shown) to render, ascending: those near the box's view plus the pinned one. */
  positions: number[];
  /** Scrolls the box so the row at this position is in view and renders it at once (before focusing into it). */
  reveal: (position: number) => void;
  /** Keeps this position rendered wherever the box is scrolled (the row holding focus). */
  pin: (position: number | null) => void;
}

function rangeOf(box: HTMLElement, header: number, count: number): [number, number] {
  const top = Math.max(0, box.scrollTop - header);
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN_ROWS);
  const last = Math.min(count - 1, Math.ceil((top + box.clientHeight) / ROW_HEIGHT) + OVERSCAN_ROWS);
  return [first, last];
}

/** Scrolls the box the least that brings the row starting at `top` (px, header included) fully into view. */
function scrollRowIntoView(box: HTMLElement, top: number, header: number): void {
  if (top < box.scrollTop + header) box.scrollTop = top - header;
  else if (top + ROW_HEIGHT > box.scrollTop + box.clientHeight) box.scrollTop = top + ROW_HEIGHT - box.clientHeight;
}

/**
 * Which rows of a fixed-row-height table in a scrolling box to render. Rows all have the same
 * height, so the position of any row is known without measuring: no layout work per row.
 */
export function useGridWindow(count: number, headerHeight: number): GridWindow {
  const box = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState<[number, number]>([0, Math.min(count, FIRST_ROWS) - 1]);
  const [pinned, setPinned] = useState<number | null>(null);
  const countRef = useRef(count);

  const update = useCallback(() => {
    const element = box.current;
    if (element === null) return;
    const next = rangeOf(element, headerHeight, countRef.current);
    setRange((current) => (current[0] === next[0] && current[1] === next[1] ? current : next));
  }, [box, headerHeight]);

  useLayoutEffect(() => {
    countRef.current = count;
    update();
  }, [count, update]);

  useLayoutEffect(() => {
    const element = box.current;
    if (element === null) return;
    let frame = 0;
    const schedule = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          update();
        });
    };
    element.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      cancelAnimationFrame(frame);
      element.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [box, update]);

  const reveal = useCallback(
    (position: number) => {
      if (box.current === null) return;
      scrollRowIntoView(box.current, headerHeight + position * ROW_HEIGHT, headerHeight);
      flushSync(update);
    },
    [box, headerHeight, update],
  );

  const [first, last] = range;
  const positions: number[] = [];
  for (let p = first; p <= Math.min(last, count - 1); p += 1) positions.push(p);
  if (pinned !== null && pinned < count && (pinned < first || pinned > last)) {
    positions.push(pinned);
    positions.sort((a, b) => a - b);
  }
  return { box, positions, reveal, pin: setPinned };
}
