/**
 * The Prometheus metrics (prom-client), served at /api/metrics when METRICS_TOKEN is set.
 * One registry per process, kept on globalThis: the server (serve.ts) observes request
 * durations, the app's bundle counts saves, renders and sign-ins, and both must land in it.
 * Labels are bounded: a route is its pattern, a status its class, an outcome one of a few words.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}
interface RenderPoolLike {
  use(): { threads: number; busy: number; queued: number };
}
/** Where lib/db/client.ts and lib/reports/render-pool.ts keep their process-wide instances. */
type Shared = { preflightPool?: PoolLike; preflightRenderPool?: RenderPoolLike };

function create() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const shared = globalThis as Shared;
  return {
    registry,
    requestDuration: new Histogram({
      name: "preflight_http_request_duration_seconds",
      help: "Time to answer a request, by route pattern, method and status class.",
      labelNames: ["route", "method", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    autosaves: new Counter({
      name: "preflight_autosaves_total",
      help: "Draft saves by outcome: saved, conflict (someone saved first), failed (refused or an error).",
      labelNames: ["outcome"] as const,
      registers: [registry],
    }),
    pdfRenders: new Counter({
      name: "preflight_pdf_renders_total",
      help: "PDF report exports rendered, by outcome (ok, failed).",
      labelNames: ["outcome"] as const,
      registers: [registry],
    }),
    signIns: new Counter({
      name: "preflight_sign_in_refusals_total",
      help: "Sign-ins refused, by reason: failed (wrong email or password) or throttled (too many failures).",
      labelNames: ["reason"] as const,
      registers: [registry],
    }),
    renderQueue: new Gauge({
      name: "preflight_pdf_render_jobs",
      help: "PDF render jobs by state: running on a thread, or queued for one.",
      labelNames: ["state"] as const,
      registers: [registry],
      collect() {
        const use = shared.preflightRenderPool?.use() ?? { busy: 0, queued: 0 };
        this.set({ state: "running" }, use.busy);
        this.set({ state: "queued" }, use.queued);
      },
    }),
    dbPool: new Gauge({
      name: "preflight_db_pool_connections",
      help: "The app's PostgreSQL connection pool: connections open, idle, and requests waiting for one.",
      labelNames: ["state"] as const,
      registers: [registry],
      collect() {
        const pool = shared.preflightPool;
        this.set({ state: "open" }, pool?.totalCount ?? 0);
        this.set({ state: "idle" }, pool?.idleCount ?? 0);
        this.set({ state: "waiting" }, pool?.waitingCount ?? 0);
      },
    }),
  };
}

const KEY = Symbol.for("preflight.metrics");
type Metrics = ReturnType<typeof create>;

export function metrics(): Metrics {
  const holder = globalThis as { [KEY]?: Metrics };
  holder[KEY] ??= create();
  return holder[KEY];
}

export const statusClass = (status: number) => `${Math.floor(status / 100)}xx`;

/** Counts one autosave by how it ended; the save's own result or error passes through. */
export async function countAutosave<T>(save: () => Promise<T>, isConflict: (error: unknown) => boolean): Promise<T> {
  try {
    const saved = await save();
    metrics().autosaves.inc({ outcome: "saved" });
    return saved;
  } catch (error) {
    metrics().autosaves.inc({ outcome: isConflict(error) ? "conflict" : "failed" });
    throw error;
  }
}
