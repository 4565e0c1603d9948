/**
 * Requests sent in a loop while the database goes away and comes back, each answer kept with
 * when it came and how long it took, so a test can split them by phase and ask: was it
 * served, was it a clear 503, did anything hang or leak a stack trace?
 */
import type { Session } from "@/lib/cli/http/session";

export interface Observation {
  probe: string;
  /** When the request was sent and when its answer (or failure) came, ms since the epoch. */
  sentAt: number;
  doneAt: number;
  status: number | "timeout" | "network";
  contentType: string;
  retryAfter: string | null;
  body: string;
  /** For server actions: the FormState the action returned. */
  value?: unknown;
}

export interface Probe {
  name: string;
  /** Sends one request; `ok` says whether the answer is the healthy one. */
  send: (session: Session, signal: AbortSignal) => Promise<Omit<Observation, "probe" | "sentAt" | "doneAt">>;
  ok: (observation: Observation) => boolean;
}

export const REQUEST_TIMEOUT_MS = 15_000;

export async function answerOf(response: Response): Promise<Omit<Observation, "probe" | "sentAt" | "doneAt">> {
  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    retryAfter: response.headers.get("retry-after"),
    body: await response.text(),
  };
}

/** Runs every probe in a loop of its own until `running()` turns false. */
export async function probeLoop(session: Session, probes: Probe[], running: () => boolean, log: Observation[]): Promise<void> {
  await Promise.all(
    probes.map(async (probe) => {
      while (running()) {
        const sentAt = Date.now();
        let answer: Omit<Observation, "probe" | "sentAt" | "doneAt">;
        try {
          answer = await probe.send(session, AbortSignal.timeout(REQUEST_TIMEOUT_MS));
        } catch (error) {
          const timedOut = error instanceof Error && error.name === "TimeoutError";
          answer = { status: timedOut ? "timeout" : "network", contentType: "", retryAfter: null, body: String(error) };
        }
        log.push({ probe: probe.name, sentAt, doneAt: Date.now(), ...answer });
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }),
  );
}

/** Signs of an internal error leaking out: a stack frame, Prisma's or pg's own wording, SQL. */
export function leaksInternals(body: string): boolean {
  return (
    /\n\s+at \S+ \(|Invalid `prisma|PrismaClient|DriverAdapterError|ECONNREFUSED|Can't reach database server/i.test(body) ||
    /\bSELECT\b[^<>]{1,200}\bFROM\b/.test(body)
  );
}
