/**
 * A report render thread: renders the jobs render-pool.ts sends, one at a time, and
 * transfers the PDF bytes back instead of copying them.
 */
import { setPriority } from "node:os";
import { getHeapStatistics } from "node:v8";
import { parentPort } from "node:worker_threads";
import { renderReportPart, renderWholeReport } from "../render-part";
import type { JobResult, RenderJob, RenderReply } from "./protocol";

const port = parentPort;
if (!port) throw new Error("render-worker.ts runs as a worker thread (see render-pool.ts).");

/** Past this many estimated pages a report is long: it renders at a lower CPU priority. */
const LONG_REPORT_PAGES = 40;
const LONG_REPORT_NICE = 10;

/**
 * On two cores, one organization's long report on two threads would otherwise take an equal
 * share of the CPU from another organization's ten-page report on the third thread. Linux
 * keeps a nice value per thread, so only this thread yields. Without the privilege to raise
 * it again (not root), the thread stays lowered for later jobs too: slower under load, never
 * unfair.
 */
function prioritize(pages: number) {
  try {
    setPriority(0, pages > LONG_REPORT_PAGES ? LONG_REPORT_NICE : 0);
  } catch {
    // Not permitted, or not supported on this platform: keep the priority it has.
  }
}

async function run(job: RenderJob): Promise<JobResult> {
  if (job.kind === "heap") {
    (globalThis as { gc?: () => void }).gc?.();
    return { heapUsedBytes: getHeapStatistics().used_heap_size };
  }
  if (job.kind === "part") return renderReportPart(job.input, job.part, job.parts, prioritize);
  return { pdf: await renderWholeReport(job.input), pages: null };
}

/** Bytes that own their whole ArrayBuffer, so it can be transferred (small Buffers share a pool). */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

port.on("message", (job: RenderJob) => {
  run(job).then(
    (result) => {
      if (result !== null && "pdf" in result) {
        const pdf = ownBuffer(result.pdf);
        const reply: RenderReply = { id: job.id, ok: true, result: { ...result, pdf } };
        port.postMessage(reply, [pdf.buffer as ArrayBuffer]);
      } else {
        port.postMessage({ id: job.id, ok: true, result } satisfies RenderReply);
      }
    },
    (error: unknown) => {
      const reply: RenderReply = {
        id: job.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? error.stack : undefined,
      };
      port.postMessage(reply);
    },
  );
});
