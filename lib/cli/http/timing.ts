/** Timing helpers for the page benchmarks. */
import { gzipSync } from "node:zlib";
import type { Session } from "./session";

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Times `count` sequential GETs after `warmup` untimed ones; fails loudly on a non-200. */
export async function timeGets(session: Session, path: string, count: number, warmup = 5) {
  for (let i = 0; i < warmup; i += 1) await (await session.get(path)).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    const response = await session.get(path);
    await response.arrayBuffer();
    times.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Gzipped size of every script the page's HTML loads: what a first visit downloads. */
export async function firstLoadJs(session: Session, base: string, path: string): Promise<number> {
  const html = await (await session.get(path)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1]!))];
  let total = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    total += gzipSync(body).length;
  }
  return total;
}
