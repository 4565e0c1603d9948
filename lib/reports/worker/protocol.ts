/** Messages between render-pool.ts (main thread) and render-worker.ts (a render thread). */
import type { PartResult } from "../render-part";
import type { ReportInput } from "../types";

/**
 * Part `part` of `parts` in fast mode, or the whole report in safe mode (see render-part.ts);
 * or "heap": collect garbage if the process exposes the collector, and report the thread's
 * heap (the PDF benchmark's memory figures).
 */
export type RenderJobSpec =
  ({ input: ReportInput } & ({ kind: "part"; part: number; parts: number } | { kind: "whole" })) | { kind: "heap" };

export interface HeapUsage {
  heapUsedBytes: number;
}

export type JobResult = PartResult | HeapUsage;

export type RenderJob = RenderJobSpec & { id: number };

export type RenderReply = { id: number; ok: true; result: JobResult } | { id: number; ok: false; message: string; stack?: string };
