/**
 * Report inputs for the PDF tests, and reading a PDF back with poppler (pdftotext,
 * pdfinfo) the way a person's viewer would.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { evaluate, type AssessmentDocument, type Severity, type Track } from "@/lib/readiness";
import { addDays, REMEDIATION_WINDOWS, WINDOW_LAST_DAY_OFFSET, type RemediationWindow } from "@/lib/remediation";
import type { ReportInput, ReportRemediation, ReportRemediationItem } from "@/lib/reports/render-report";

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

/** An item title far longer than a rule's, to show that titles wrap in their cell. */
export const LONG_ITEM_TITLE =
  "Name the person who approves every refund above the automatic limit before the assistant may issue one on behalf of a customer in the regional queue";
export const PLAN_OWNERS = ["Zoë Müller", "Luis Romero", null, "Ana Kowalska"] as const;
const STATES: ReportRemediationItem["state"][] = ["open", "in_progress", "open", "done", "still_firing", "resolved"];
const TRACKS: Record<RemediationWindow, Track[]> = {
  "days-1-30": ["launch-gate", "safe-writes"],
  "days-31-60": ["semantics"],
  "days-61-90": ["observability"],
};

/**
 * A remediation plan of `count` items starting on 1 March 2025, read on 20 March 2025 (the
 * fixtures' export day): windows in turn, blockers in days 1–30, every state (items 16–18,
 * 34–36 and 52–54 resolved) and owner in turn, and every fourth first-window item due on
 * 6 March (overdue unless done).
 */
export function planOf(count: number, over: Partial<ReportRemediation> = {}): ReportRemediation {
  const startDate = "2025-03-01";
  const items = Array.from({ length: count }, (_, i): ReportRemediationItem => {
    const window = REMEDIATION_WINDOWS[i % 3]!;
    const severity: Severity = window === "days-1-30" ? (i % 2 === 0 ? "blocker" : "warning") : i % 2 === 0 ? "warning" : "info";
    // One state per run of three items, so that each window gets every state.
    const state = STATES[Math.floor(i / 3) % STATES.length]!;
    return {
      title: i === 4 ? LONG_ITEM_TITLE : `Remediation item ${i + 1}`,
      target: `answers.actions.${i}`,
      severity,
      track: TRACKS[window][i % TRACKS[window].length]!,
      window,
      dueDate: window === "days-1-30" && i % 4 === 0 ? addDays(startDate, 5) : addDays(startDate, WINDOW_LAST_DAY_OFFSET[window]),
      owner: PLAN_OWNERS[i % PLAN_OWNERS.length]!,
      status: state === "still_firing" ? "done" : state === "resolved" ? "open" : state,
      state,
    };
  });
  return { startDate, asOf: "2025-03-20", items, ...over };
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
