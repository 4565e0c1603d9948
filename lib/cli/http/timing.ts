/** Timing helpers for the page benchmarks. */
import { gzipSync } from "node:zlib";
import type { Session } from "./session";

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Times GETs of several paths taken in turn (a, b, c, a, b, c, …) after `warmup` untimed
 * rounds, so a slow spell of the machine weighs on every path alike; fails on a non-200.
 */
export async function timeGetsInTurn(session: Session, paths: readonly string[], count: number, warmup = 20) {
  const samples = new Map(paths.map((path) => [path, [] as number[]]));
  for (let round = 0; round < warmup + count; round += 1) {
    for (const path of paths) {
      const started = performance.now();
      const response = await session.get(path);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      if (round >= warmup) samples.get(path)!.push(performance.now() - started);
    }
  }
  return new Map(
    [...samples].map(([path, times]) => {
      times.sort((a, b) => a - b);
      return [path, { p50: percentile(times, 50), p95: percentile(times, 95) }];
    }),
  );
}

/**
 * Gzipped size of every script the page's HTML loads: what a first visit downloads. A
 * `nomodule` script (Next's polyfills, ~39 kB) is left out: every browser that runs ES modules,
 * which is every browser the app supports, skips it without downloading it.
 */
export async function firstLoadJs(session: Session, base: string, path: string): Promise<number> {
  const html = await (await session.get(path)).text();
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"[^>]*>/g)].filter((m) => !/\snomodule[\s=>]/i.test(m[0]));
  const sources = [...new Set(tags.map((m) => m[1]!))];
  let total = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    total += gzipSync(body).length;
  }
  return total;
}
