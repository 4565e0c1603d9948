/**
 * Render threads for PDF reports. A report takes from a tenth of a second to a couple of
 * seconds of CPU; in the request's own thread it would stall every other request of the
 * server for that long. Worker threads keep the server's event loop free, and a long report
 * is split into parts rendered side by side (render-report.ts).
 *
 * Threads start on first use and stay (each keeps its fonts loaded and its code warm); an
 * idle thread does not keep the process alive. A thread that crashes, overruns the time
 * limit or its memory limit is ended, its job fails, and the next job starts a fresh thread.
 * The memory limit (`resourceLimits`) is what keeps one pathological report from taking
 * the whole server down with it (issue #13): V8 ends the thread, not the process.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker, type ResourceLimits } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import { FairQueue } from "./fair-queue";
import type { PartResult } from "./render-part";
import type { HeapUsage, JobResult, RenderJob, RenderJobSpec, RenderReply } from "./worker/protocol";

/** Far above the largest allowed report's render time (lib/reports/budget.ts): only a hung renderer gets here. */
const JOB_TIME_LIMIT_MS = 60_000;

/**
 * Each thread's heap. The large benchmark report (105 pages) peaks well under 200 MB; the
 * old generation's cap ends a runaway render long before the machine runs out.
 */
export const RENDER_THREAD_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 64 };

/** A render the thread could not finish within its limits: the request gets this, not a crash. */
export class RenderLimitError extends AppError {}

const outOfMemory = (limits: ResourceLimits) =>
  new RenderLimitError(
    "too_large",
    `This report needs more memory than one report may use (${limits.maxOldGenerationSizeMb} MB). Shorten the assessment's longest lists and export again.`,
  );
const tooSlow = () => new RenderLimitError("unavailable", "The report took too long to render. Try again in a minute.", {}, {}, 60);

const BOOTSTRAP = path.join("lib", "reports", "worker", "bootstrap.mjs");

/**
 * The worker's entry file, from the project root: Next bundles this module into its
 * server output, where paths relative to the module itself point into `.next`.
 */
function bootstrapFile(): string {
  const candidates = [path.join(process.cwd(), BOOTSTRAP), path.resolve(import.meta.dirname ?? ".", "..", "..", BOOTSTRAP)];
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`Report renderer not found (looked for ${candidates.join(", ")}); start the app from the project root.`);
  return found;
}

/** Whether a render thread could start: its entry file is where the pool looks for it. */
export function rendererInstalled(): boolean {
  try {
    bootstrapFile();
    return true;
  } catch {
    return false;
  }
}

interface Pending {
  tenant: string;
  job: RenderJob;
  resolve: (result: JobResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
}

export class RenderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: FairQueue<Pending>;
  private nextId = 1;

  /**
   * `size` threads; one organization's jobs run on at most `perTenant` of them at once (a
   * report is split into that many parts), so with `perTenant < size` one tenant's export
   * never holds every thread.
   */
  constructor(
    readonly size: number,
    private readonly timeLimitMs = JOB_TIME_LIMIT_MS,
    private readonly limits: ResourceLimits = RENDER_THREAD_LIMITS,
    readonly perTenant = size,
  ) {
    this.queue = new FairQueue(perTenant);
  }

  /**
   * How many parts a report of `tenant` should be split into now: one per thread it could
   * start on at once (at most `perTenant`). Split further, the parts would only queue one
   * after another, each paying for the whole report's layout again.
   */
  partsFor(tenant: string): number {
    const idle = this.size - this.slots.filter((slot) => slot.current !== null).length;
    return Math.max(1, Math.min(this.perTenant - this.queue.runningFor(tenant), idle - this.queue.size));
  }

  /** A part or the whole of a report, on the next free thread in the organization's turn. */
  render(spec: Extract<RenderJobSpec, { input: unknown }>, tenant = ""): Promise<PartResult> {
    return this.run(spec, tenant) as Promise<PartResult>;
  }

  /**
   * Heap in use in each running thread, after a full collection when the process exposes
   * the collector (`--expose-gc`). One job per thread: with every thread idle, each takes one.
   */
  async heapUsage(): Promise<number[]> {
    // A tenant each, so no per-tenant limit holds one back for a thread that already answered.
    const usages = await Promise.all(this.slots.map((_, i) => this.run({ kind: "heap" }, `heap:${i}`) as Promise<HeapUsage>));
    return usages.map((usage) => usage.heapUsedBytes);
  }

  private run(spec: RenderJobSpec, tenant: string): Promise<JobResult> {
    return new Promise((resolve, reject) => {
      this.queue.push(tenant, { tenant, job: { ...spec, id: this.nextId++ }, resolve, reject });
      this.dispatch();
    });
  }

  /** For health and metrics: threads rendering now and jobs waiting for one. */
  use(): { threads: number; busy: number; queued: number } {
    return { threads: this.size, busy: this.slots.filter((slot) => slot.current !== null).length, queued: this.queue.size };
  }

  /** Ends every thread (tests); jobs in flight fail. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    for (;;) {
      let slot = this.slots.find((s) => s.current === null) ?? null;
      if (!slot && this.slots.length >= this.size) return;
      const next = this.queue.take();
      if (!next) return;
      const pending = next.job;
      if (!slot) {
        try {
          slot = this.spawn();
        } catch (error) {
          // No thread can start (the renderer's files are missing): every waiting report fails now rather than waits forever.
          this.queue.done(pending.tenant);
          const failure = error instanceof Error ? error : new Error(String(error));
          for (const waiting of [pending, ...this.queue.drain()]) waiting.reject(failure);
          return;
        }
      }
      slot.current = pending;
      slot.worker.ref();
      slot.timer = setTimeout(() => this.fail(slot, tooSlow()), this.timeLimitMs);
      slot.worker.postMessage(pending.job);
    }
  }

  private spawn(): Slot {
    // No inherited Node flags: a parent run with `--conditions=react-server` would give
    // react-pdf React's server build, which it cannot render with.
    const worker = new Worker(bootstrapFile(), { execArgv: [], resourceLimits: this.limits });
    const slot: Slot = { worker, current: null, timer: null };
    worker.on("message", (reply: RenderReply) => {
      const pending = slot.current;
      if (!pending || pending.job.id !== reply.id) return;
      this.settle(slot);
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(Object.assign(new Error(reply.message), { stack: reply.stack ?? reply.message }));
      this.dispatch();
    });
    worker.on("error", (error: Error & { code?: string }) =>
      this.fail(slot, error.code === "ERR_WORKER_OUT_OF_MEMORY" ? outOfMemory(this.limits) : error),
    );
    worker.on("exit", (code) => this.fail(slot, new Error(`The report renderer stopped (exit code ${code}).`)));
    this.slots.push(slot);
    return slot;
  }

  private settle(slot: Slot): void {
    if (slot.current) this.queue.done(slot.current.tenant);
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.current = null;
    slot.worker.unref();
  }

  /** The thread is gone or unusable: its job fails, it is replaced on demand. */
  private fail(slot: Slot, error: Error): void {
    const pending = slot.current;
    const index = this.slots.indexOf(slot);
    if (index !== -1) {
      this.slots.splice(index, 1);
      this.settle(slot);
      void slot.worker.terminate();
    }
    pending?.reject(error);
    this.dispatch();
  }
}

/** Two threads at most per report: one report in two halves; more would only queue on a small server. */
export const RENDER_THREADS = Math.max(1, Math.min(2, availableParallelism()));

const globalForPool = globalThis as unknown as { preflightRenderPool?: RenderPool };

/**
 * One pool per process (kept on globalThis so dev-mode reloads do not start more threads):
 * one thread more than a report uses, so another organization's report starts at once
 * while one organization's largest export runs (issue #13). The threads share the cores;
 * an ordinary report needs little of them.
 */
export function renderPool(): RenderPool {
  globalForPool.preflightRenderPool ??= new RenderPool(RENDER_THREADS + 1, JOB_TIME_LIMIT_MS, RENDER_THREAD_LIMITS, RENDER_THREADS);
  return globalForPool.preflightRenderPool;
}
