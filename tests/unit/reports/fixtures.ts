/**
 * Report inputs for the PDF tests, and reading a PDF back with poppler (pdftotext,
 * pdfinfo) the way a person's viewer would.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { evaluate, type AssessmentDocument } from "@/lib/readiness";
import type { ReportInput } from "@/lib/reports/render-report";

const root = path.resolve(import.meta.dirname, "../../..");

export function example(name: "ready" | "blocked"): AssessmentDocument {
  return JSON.parse(readFileSync(path.join(root, "public/examples", `${name}.json`), "utf8")) as AssessmentDocument;
}

export function snapshotInput(document: AssessmentDocument, over: Partial<ReportInput> = {}): ReportInput {
  return {
    organization: { name: "Northwind Consulting Group", accentColor: "#0f766e", logo: null },
    project: { name: document.project?.name ?? "Integration" },
    source: {
      kind: "snapshot",
      id: "6f1c2a9e-8d4b-4f7a-9c3e-2b1d0a9f8e7d",
      createdAt: "2025-03-14T09:05:00.000Z",
      submittedBy: "Luis Romero",
    },
    document,
    evaluation: evaluate(document, { ruleset: "1.0.0" }),
    previous: null,
    preparedBy: "Ana Kowalska",
    generatedAt: "2025-03-20T12:00:00.000Z",
    ...over,
  };
}

export function draftInput(document: AssessmentDocument, over: Partial<ReportInput> = {}): ReportInput {
  return snapshotInput(document, { source: { kind: "draft", revision: 7 }, ...over });
}

function withFile<T>(pdf: Buffer, read: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), "preflight-report-"));
  try {
    const file = path.join(dir, "report.pdf");
    writeFileSync(file, pdf);
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text pdftotext reads, raw order. */
export function pdfText(pdf: Buffer): string {
  return withFile(pdf, (file) => execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
}

/** The same text with every run of white space as one space, for phrases that wrap. */
export function flatText(pdf: Buffer): string {
  return pdfText(pdf).replace(/\s+/g, " ");
}

/** pdfinfo's report: title, creator, producer, dates, pages… */
export function pdfInfo(pdf: Buffer): string {
  return withFile(pdf, (file) => execFileSync("pdfinfo", ["-isodates", file], { encoding: "utf8" }));
}

export function pdfPages(pdf: Buffer): number {
  return Number(/^Pages:\s+(\d+)/m.exec(pdfInfo(pdf))?.[1] ?? 0);
}

export const flat = (value: string) => value.replace(/\s+/g, " ");

/** Width and height in points of every page, as pdfinfo reads them. */
export function pdfPageSizes(pdf: Buffer): [number, number][] {
  const info = withFile(pdf, (file) => execFileSync("pdfinfo", ["-f", "1", "-l", "100000", file], { encoding: "utf8" }));
  return [...info.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((match) => [Number(match[1]), Number(match[2])]);
}

/** The text of each page, in order (pdftotext ends every page with a form feed). */
export function pdfPageTexts(pdf: Buffer): string[] {
  return pdfText(pdf).split("\f").slice(0, -1);
}
