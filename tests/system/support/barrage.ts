/**
 * Sends many hostile requests a few at a time and collects every answer that is not a
 * clear refusal. Each request has a deadline: a request the server never answers is a
 * failure of its own (a hang), not a stuck test.
 */
import { writeFileSync } from "node:fs";
import { expect } from "vitest";

export const IN_FLIGHT = 8;
const DEADLINE_MS = 30_000;

export interface Failure {
  label: string;
  problem: string;
}

function withDeadline<T>(promise: Promise<T>, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${DEADLINE_MS / 1000} s: ${label}`)), DEADLINE_MS);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Runs `check` on every case with at most `inFlight` at once. `check` answers the reason a
 * case failed, or null; a thrown error (a reset connection, a deadline) is a failure too.
 */
export async function barrage<T extends { label: string }>(
  cases: readonly T[],
  check: (item: T) => Promise<string | null>,
  inFlight = IN_FLIGHT,
): Promise<Failure[]> {
  const failures: Failure[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const item = cases[next]!;
      next += 1;
      try {
        const problem = await withDeadline(check(item), item.label);
        if (problem !== null) failures.push({ label: item.label, problem });
      } catch (error) {
        failures.push({ label: item.label, problem: String(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return failures;
}

/** The first few failures, short enough to read in a test report; HOSTILE_FAILURES=<file> keeps them all. */
export function summarise(failures: readonly Failure[], limit = 15): string {
  if (process.env.HOSTILE_FAILURES && failures.length > 0) writeFileSync(process.env.HOSTILE_FAILURES, JSON.stringify(failures, null, 1));
  const shown = failures.slice(0, limit).map((f) => `- ${f.label.slice(0, 160)}\n    ${f.problem.slice(0, 400)}`);
  return [`${failures.length} hostile payload(s) were not refused cleanly:`, ...shown].join("\n");
}

/**
 * The barrage in batches, reading the stored state after each: a batch that moved it is a
 * failure naming its first payloads (the whole batch shares the blame; rerun with the seed
 * and a smaller batch to find the one).
 */
export async function barrageInBatches<T extends { label: string }>(
  cases: readonly T[],
  check: (item: T) => Promise<string | null>,
  state: () => Promise<Record<string, string>>,
  batchSize = 500,
): Promise<Failure[]> {
  const failures: Failure[] = [];
  let previous = await state();
  for (let start = 0; start < cases.length; start += batchSize) {
    const batch = cases.slice(start, start + batchSize);
    failures.push(...(await barrage(batch, check)));
    const now = await state();
    const moved = Object.keys(now).filter((key) => now[key] !== previous[key]);
    if (moved.length > 0) {
      const changes = moved.map((key) => `${key} ${previous[key]} → ${now[key]}`).join(", ");
      failures.push({
        label: `payloads ${start}–${start + batch.length - 1} (first: ${batch[0]!.label})`,
        problem: `something was stored: ${changes}`,
      });
    }
    previous = now;
  }
  return failures;
}

/**
 * The whole test of one target: sends every case (checking the stored state per batch),
 * prints how many were sent, how long it took and the seed that replays them, and fails
 * with the first failures when any case was not refused cleanly.
 */
export async function expectEveryRefusal<T extends { label: string }>(
  what: string,
  run: { cases: readonly T[]; planned: number; seed: number },
  check: (item: T) => Promise<string | null>,
  state: () => Promise<Record<string, string>>,
): Promise<void> {
  const started = performance.now();
  const failures = await barrageInBatches(run.cases, check, state);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${what}: ${run.cases.length} hostile payloads in ${seconds} s (seed ${run.seed})`);
  expect(run.cases.length).toBeGreaterThanOrEqual(run.planned);
  expect(failures, `${summarise(failures)}\nreplay with HOSTILE_SEED=${run.seed}`).toEqual([]);
}
