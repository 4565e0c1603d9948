import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { summarizeDraft } from "@/lib/assessments/evaluation-summary";
import { buildRow, type ProjectInput } from "@/lib/dashboard/portfolio";
import { parseTableQuery, toSearchParams } from "@/lib/dashboard/table-query";

const example = (name: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../../public/examples/${name}.json`), "utf8"));
const at = new Date("2026-11-01T00:00:00Z");

/** A project as the database holds it: the draft's evaluation summary stored beside its scores. */
function project(id: string, doc: { answers?: unknown; scores?: unknown }, extra: Partial<ProjectInput> = {}): ProjectInput {
  const draft = { answers: doc.answers ?? {}, scores: doc.scores ?? {} };
  return {
    id,
    name: id,
    systems: ["crm"],
    owner: null,
    updatedAt: at,
    assessment: { scores: draft.scores, updatedAt: at, ...summarizeDraft(draft) },
    ...extra,
  };
}

const rows = [
  buildRow(project("ready", example("ready"))),
  buildRow(project("blocked-a", example("blocked"), { systems: ["support_desk"], owner: { id: "u1", name: "Uma" } })),
  buildRow(project("blocked-b", { scores: { securityControls: { score: 1 } } })),
  buildRow(project("empty", {})),
];

describe("portfolio rows", () => {
  it("judge each draft with the engine and keep its scores", () => {
    expect(rows.map((r) => r.verdict)).toEqual(["ready", "blocked", "blocked", "incomplete"]);
    expect(rows[2]).toMatchObject({ index: 1, blockers: 1, scores: { securityControls: 1 }, blockerRules: ["SCORE_BELOW_3"] });
    expect(rows[3]).toMatchObject({ index: null, blockers: 0, scores: {} });
  });

  it("use the later of project and assessment change as last change", () => {
    const later = new Date("2026-11-05T00:00:00Z");
    const base = project("p", {});
    const row = buildRow({ ...base, assessment: { ...base.assessment!, updatedAt: later } });
    expect(row.lastChange).toBe(later.toISOString());
  });

  it("recompute a summary stored by another ruleset version from the answers", () => {
    const blocked = example("blocked");
    const stale = project("stale", blocked);
    const row = buildRow({
      ...stale,
      assessment: {
        ...stale.assessment!,
        verdict: "ready",
        blockerCount: 0,
        blockerRules: [],
        evaluatedWith: "0.9.0",
        answers: blocked.answers,
      },
    });
    expect(row.verdict).toBe("blocked");
    expect(row.blockers).toBeGreaterThan(0);
    const trusted = buildRow({ ...stale, assessment: { ...stale.assessment!, verdict: "ready", blockerCount: 0, blockerRules: [] } });
    expect(trusted.verdict).toBe("ready"); // the current version's stored summary is used as is
  });

  it("keep only the stored rule ids this ruleset knows", () => {
    const base = project("p", {});
    const row = buildRow({ ...base, assessment: { ...base.assessment!, blockerRules: ["SCORE_BELOW_3", "A_RULE_NOBODY_RELEASED"] } });
    expect(row.blockerRules).toEqual(["SCORE_BELOW_3"]);
  });
});

describe("table query", () => {
  it("reads filters from the URL and ignores unknown values", () => {
    expect(parseTableQuery({ verdict: "blocked", system: "crm", sort: "index", dir: "desc", page: "2", rule: "SCORE_BELOW_3" })).toEqual({
      verdict: "blocked",
      system: "crm",
      owner: undefined,
      rule: "SCORE_BELOW_3",
      sort: "index",
      dir: "desc",
      page: 2,
    });
    expect(parseTableQuery({ verdict: "nope", system: "<script>", sort: "drop table", page: "-4" })).toMatchObject({
      verdict: undefined,
      system: undefined,
      sort: "verdict",
      page: 1,
    });
  });

  it("round-trips through search params", () => {
    const query = parseTableQuery({ verdict: "ready", owner: "u1", sort: "name", dir: "desc", page: "3" });
    expect(parseTableQuery(Object.fromEntries(new URLSearchParams(toSearchParams(query).slice(1))))).toEqual(query);
  });
});
