/**
 * At most one running PDF export per organization in this process, the next few waiting in
 * order (issue #13): two of one tenant's huge exports no longer double its share, and a
 * burst of them is refused up front instead of timing out as a 500. Waiting is bounded in
 * length and in time; each refusal is an AppError with a Retry-After.
 */
import { AppError } from "@/lib/errors";

export interface GateLimits {
  /** Exports of one organization that may wait behind its running one. */
  maxWaiting: number;
  /** How long one may wait for its turn before it is answered 503. */
  maxWaitMs: number;
}

export const EXPORT_GATE_LIMITS: GateLimits = { maxWaiting: 2, maxWaitMs: 60_000 };

interface Waiter {
  start: () => void;
  timer: NodeJS.Timeout;
}

interface OrgLine {
  running: boolean;
  waiting: Waiter[];
}

export class ExportGate {
  private readonly lines = new Map<string, OrgLine>();

  constructor(private readonly limits: GateLimits = EXPORT_GATE_LIMITS) {}

  /**
   * Runs `task` when the organization's earlier exports are done. `onQueued` learns the
   * position (1 = next) when the export has to wait.
   */
  async run<T>(organizationId: string, task: () => Promise<T>, onQueued?: (position: number) => void): Promise<T> {
    await this.enter(organizationId, onQueued);
    try {
      return await task();
    } finally {
      this.leave(organizationId);
    }
  }

  private enter(organizationId: string, onQueued?: (position: number) => void): Promise<void> {
    const line = this.lines.get(organizationId) ?? { running: false, waiting: [] };
    this.lines.set(organizationId, line);
    if (!line.running) {
      line.running = true;
      return Promise.resolve();
    }
    if (line.waiting.length >= this.limits.maxWaiting) {
      const message = `Your organization already has a report export running and ${line.waiting.length} more waiting; exports run one at a time. Try again when they are done.`;
      return Promise.reject(new AppError("rate_limited", message, {}, {}, 30));
    }
    onQueued?.(line.waiting.length + 1);
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          line.waiting.splice(line.waiting.indexOf(waiter), 1);
          reject(
            new AppError(
              "unavailable",
              `Your organization's earlier report exports are still running after ${Math.round(this.limits.maxWaitMs / 1000)} s. Try again in a minute.`,
              {},
              {},
              60,
            ),
          );
        }, this.limits.maxWaitMs),
      };
      line.waiting.push(waiter);
    });
  }

  private leave(organizationId: string): void {
    const line = this.lines.get(organizationId);
    if (!line) return;
    const next = line.waiting.shift();
    if (next) next.start();
    else this.lines.delete(organizationId);
  }
}

const globalForGate = globalThis as unknown as { preflightExportGate?: ExportGate };

/** One gate per process (on globalThis, like the render pool, so dev reloads share it). */
export function exportGate(): ExportGate {
  globalForGate.preflightExportGate ??= new ExportGate();
  return globalForGate.preflightExportGate;
}
