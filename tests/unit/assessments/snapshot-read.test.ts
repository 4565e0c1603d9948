import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSnapshot, readSnapshotDocument, readSnapshotEvaluation } from "@/lib/assessments/snapshot-read";
import { snapshotRecord } from "@/lib/assessments/snapshot-record";
import { ASSESSMENT_FORMAT_V2, evaluate, parseAnyAssessment, parseAssessment } from "@/lib/readiness";

const file = (name: string): unknown =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../../public/examples/${name}.json`), "utf8"));

const example = (name: string) => {
  const parsed = parseAnyAssessment(file(name));
  if (!parsed.ok) throw new Error(`public/examples/${name}.json does not parse`);
  return parsed.document;
};

/** What a snapshot row's JSON columns hold after a round trip through PostgreSQL's jsonb. */
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("reading a snapshot's JSON columns", () => {
  it("gives back the document and evaluation it was written with, other columns untouched", () => {
    const record = snapshotRecord(example("blocked-v2"));
    const row = {
      id: "s1",
      createdAt: new Date("2026-11-01T00:00:00Z"),
      document: stored(record.document),
      evaluation: stored(record.evaluation),
    };
    const read = readSnapshot(row);
    expect(read).toEqual({ id: "s1", createdAt: row.createdAt, document: record.document, evaluation: record.evaluation });
    expect(read.evaluation.verdict).toBe("blocked");
    expect(record.rulesetVersion).toBe("2.0.0");
  });

  it("reads a snapshot made before 2.0.0: its v1 document as v2, its 1.0.0 evaluation as stored", () => {
    const parsed = parseAssessment(file("blocked"));
    if (!parsed.ok) throw new Error("blocked.json does not parse");
    const evaluation = evaluate(parsed.document, { ruleset: "1.0.0" });
    const read = readSnapshot({ document: stored(parsed.document), evaluation: stored(evaluation) });
    expect(read.document).toEqual({ ...parsed.document, format: ASSESSMENT_FORMAT_V2 });
    expect(read.evaluation).toEqual(evaluation);
    expect(read.evaluation.format).toBe("preflight.evaluation/v1");
  });

  it("throws, naming the place, for a document or evaluation changed behind the app", () => {
    const record = snapshotRecord(example("ready"));
    const evaluation = { ...(stored(record.evaluation) as object), verdict: "maybe" };
    expect(() => readSnapshotEvaluation(evaluation)).toThrow(/^Stored snapshot evaluation is invalid: verdict: /);
    const old = { ...(stored(evaluate(example("ready"), { ruleset: "1.0.0" })) as object), verdict: "maybe" };
    expect(() => readSnapshotEvaluation(old)).toThrow(/^Stored snapshot evaluation is invalid: verdict: /);
    expect(() => readSnapshotDocument({ format: "preflight.assessment/v1", scores: { securityControls: { score: 9 } } })).toThrow(
      /^Stored snapshot document is invalid: scores\.securityControls\.score: /,
    );
    expect(() => readSnapshotDocument({})).toThrow(/^Stored snapshot document is invalid/);
  });
});
