/** Messages between render-pool.ts (main thread) and render-worker.ts (a render thread). */
import type { PartResult } from "../render-part";
import type { ReportInput } from "../types";

/** Part `part` of `parts` in fast mode, or the whole report in safe mode (see render-part.ts). */
export type RenderJobSpec = { input: ReportInput } & ({ kind: "part"; part: number; parts: number } | { kind: "whole" });

export type RenderJob = RenderJobSpec & { id: number };

export type RenderReply = { id: number; ok: true; result: PartResult } | { id: number; ok: false; message: string; stack?: string };
