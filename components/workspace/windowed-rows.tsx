"use client";

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { registerRowRevealer } from "./focus";

/**
 * Above this many rows a list renders only the rows near the screen; up to it every row is
 * in the page, so the browser's find (Ctrl+F) sees them all.
 */
export const WINDOW_ABOVE = 50;
/** Rows rendered beyond each edge of the screen: Tab and focus scrolling always find the next row in the page. */
const OVERSCAN_PX = 1200;
/** Rows in the page before the browser has measured anything (the server's render). */
const FIRST_ROWS = 8;

interface Range {
  first: number;
  last: number;
}

interface WindowedRowsProps {
  count: number;
  /** The rows' id prefix (`f-answers-actions-`): focus.ts reveals `<prefix><index>…` through it. */
  idPrefix: string;
  /** A row's height before it is measured, in px (the measured rows' mean once there are some). */
  estimate: number;
  renderRow: (index: number) => ReactNode;
}

/** Top of each row and, last, the list's height; unmeasured rows count as the measured mean. */
function layOut(heights: readonly (number | undefined)[], count: number, estimate: number): number[] {
  const measured = heights.filter((h): h is number => h !== undefined);
  const typical = measured.length === 0 ? estimate : measured.reduce((a, b) => a + b, 0) / measured.length;
  const offsets = [0];
  for (let i = 0; i < count; i += 1) offsets.push(offsets[i]! + (heights[i] ?? typical));
  return offsets;
}

/** The rows overlapping the screen plus the overscan, from the list's position on screen. */
function visibleRange(list: HTMLElement, offsets: readonly number[]): Range {
  const top = -list.getBoundingClientRect().top - OVERSCAN_PX;
  const bottom = top + window.innerHeight + 2 * OVERSCAN_PX;
  const count = offsets.length - 1;
  let first = 0;
  while (first < count - 1 && offsets[first + 1]! <= top) first += 1;
  let last = first;
  while (last < count - 1 && offsets[last + 1]! < bottom) last += 1;
  return { first, last };
}

/**
 * A hand-written windowed list (no library: the workspace's first-load JS budget): rows are
 * absolutely placed at their measured offsets inside an <ol> as tall as all of them, and
 * only those near the screen are rendered. The focused row and a row revealed for focus
 * (a finding, a deep link, a new row) stay rendered wherever the page is scrolled.
 */
export function WindowedRows({ count, idPrefix, estimate, renderRow }: WindowedRowsProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const [heights, setHeights] = useState<readonly (number | undefined)[]>([]);
  const [range, setRange] = useState<Range>({ first: 0, last: Math.min(count, FIRST_ROWS) - 1 });
  const [pinned, setPinned] = useState<number | null>(null);
  const offsets = useMemo(() => layOut(heights, count, estimate), [heights, count, estimate]);
  const offsetsRef = useRef(offsets);

  const [observer] = useState(() =>
    typeof ResizeObserver === "undefined"
      ? null
      : new ResizeObserver((entries) => {
          const changes = entries.map((entry) => [
            Number((entry.target as HTMLElement).dataset.index),
            (entry.target as HTMLElement).offsetHeight,
          ]);
          // Applied before the frame is painted, so rows never show on top of each other.
          flushSync(() =>
            setHeights((current) => {
              if (changes.every(([index, height]) => current[index!] === height)) return current;
              const next = [...current];
              for (const [index, height] of changes) next[index!] = height;
              return next;
            }),
          );
        }),
  );
  useEffect(() => () => observer?.disconnect(), [observer]);
  // Stable, so React does not detach and re-attach every row on each render.
  const observe = useCallback(
    (element: HTMLLIElement | null) => {
      if (element === null || observer === null) return;
      observer.observe(element);
      return () => observer.unobserve(element);
    },
    [observer],
  );

  // Follows the page's scrolling; recomputed after every layout change too.
  useLayoutEffect(() => {
    offsetsRef.current = offsets;
    const list = listRef.current;
    if (list === null) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = visibleRange(list, offsetsRef.current);
      setRange((current) => (current.first === next.first && current.last === next.last ? current : next));
    };
    update();
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [offsets]);

  const countRef = useRef(count);
  useLayoutEffect(() => {
    countRef.current = count;
  }, [count]);
  useLayoutEffect(
    () =>
      registerRowRevealer(idPrefix, (index) => {
        if (index >= 0 && index < countRef.current) flushSync(() => setPinned(index));
      }),
    [idPrefix],
  );

  const onFocus = (event: FocusEvent<HTMLOListElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>("li[data-index]");
    if (row !== null) setPinned(Number(row.dataset.index));
  };

  const last = Math.min(range.last, count - 1);
  const indices: number[] = [];
  for (let i = Math.max(0, range.first); i <= last; i += 1) indices.push(i);
  if (pinned !== null && pinned < count && !indices.includes(pinned)) {
    indices.push(pinned);
    indices.sort((a, b) => a - b);
  }

  return (
    <ol ref={listRef} className="relative" style={{ height: offsets[count] }} onFocus={onFocus}>
      {indices.map((index) => (
        <li
          key={index}
          data-index={index}
          aria-setsize={count}
          aria-posinset={index + 1}
          className="absolute inset-x-0 pb-4"
          style={{ top: offsets[index] }}
          ref={observe}
        >
          {renderRow(index)}
        </li>
      ))}
    </ol>
  );
}
