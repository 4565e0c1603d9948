import { describe, expect, it } from "vitest";
import { evaluate, RULESETS, SEVERITIES, TRACKS, type Evaluation, type EvaluationV2 } from "@/lib/readiness";
import { generatePlan, REMEDIATION_WINDOWS, type GeneratedItem } from "@/lib/remediation";
import { judged, loadDocument } from "./fixtures";

const START = "2027-01-04";

function rank(item: GeneratedItem): [number, number, number] {
  return [REMEDIATION_WINDOWS.indexOf(item.window), SEVERITIES.indexOf(item.severity), TRACKS.indexOf(item.track)];
}

describe("generatePlan", () => {
  it("makes one item per blocker and warning of the blocked v2 example, placed and dated", () => {
    const { document, evaluation } = judged("blocked-v2", "2.0.0");
    // The rollout's first phase starts 2027-02-08, day 36 of a plan starting 2027-01-04: after day 30.
    const items = generatePlan({ evaluation, document, start: START });
    expect(items.map((item) => [item.key, item.window, item.dueDate])).toEqual([
      ["EXCEPTIONS_ONLY_FAIL@plan.exceptions", "days-1-30", "2027-02-02"],
      ["MAPPING_BIDIRECTIONAL_NO_RULE@plan.fieldMappings.3", "days-1-30", "2027-02-02"],
      ["BIG_BANG_ROLLOUT@plan.rollout.0", "days-1-30", "2027-02-02"],
      ["EXCEPTION_CASES_MISSING@plan.exceptions", "days-61-90", "2027-04-03"],
    ]);
    const bigBang = items.find((item) => item.ruleId === "BIG_BANG_ROLLOUT")!;
    const finding = evaluation.findings.find((f) => f.ruleId === "BIG_BANG_ROLLOUT")!;
    expect(bigBang).toMatchObject({
      severity: "blocker",
      track: "observability",
      title: RULESETS["2.0.0"].rules.find((rule) => rule.id === "BIG_BANG_ROLLOUT")!.title,
      message: finding.message,
      remediation: finding.remediation,
      suggestedOwner: { name: "Lena Ortiz, Director of Customer Support", from: "workflow owner (Q1)" },
    });
  });

  it("dates blockers on the rollout's launch date when it falls within days 1–30, and accepts an override", () => {
    const { document, evaluation } = judged("blocked-v2", "2.0.0");
    const blockers = (items: GeneratedItem[]) => items.filter((item) => item.severity === "blocker").map((item) => item.dueDate);
    expect(blockers(generatePlan({ evaluation, document, start: "2027-01-20" }))).toEqual(["2027-02-08", "2027-02-08", "2027-02-08"]);
    expect(blockers(generatePlan({ evaluation, document, start: "2027-01-20", launchDate: "2027-01-25" }))).toEqual([
      "2027-01-25",
      "2027-01-25",
      "2027-01-25",
    ]);
    // null: ignore the rollout's date.
    expect(blockers(generatePlan({ evaluation, document, start: "2027-01-20", launchDate: null }))).toEqual([
      "2027-02-18",
      "2027-02-18",
      "2027-02-18",
    ]);
    // Launch before the start: due at once.
    expect(blockers(generatePlan({ evaluation, document, start: "2027-03-01" }))).toEqual(["2027-03-01", "2027-03-01", "2027-03-01"]);
    // Warnings keep the end of their window whatever the launch date.
    const warning = generatePlan({ evaluation, document, start: "2027-01-20" }).find((item) => item.severity === "warning");
    expect(warning?.dueDate).toBe("2027-04-19");
  });

  it("leaves info findings out unless asked, and puts them in their track's window", () => {
    const { document, evaluation } = judged("blocked", "1.0.0");
    const info = evaluation.findings.filter((finding) => finding.severity === "info");
    expect(info.length).toBeGreaterThan(0);
    const without = generatePlan({ evaluation, document, start: START });
    expect(without.some((item) => item.severity === "info")).toBe(false);
    expect(without).toHaveLength(evaluation.findings.length - info.length);
    const withInfo = generatePlan({ evaluation, document, start: START, includeInfo: true });
    expect(withInfo).toHaveLength(evaluation.findings.length);
    const shadow = withInfo.find((item) => item.ruleId === "NO_SHADOW_MODE")!;
    expect(shadow).toMatchObject({ severity: "info", track: "safe-writes", window: "days-1-30", dueDate: "2027-02-02" });
  });

  it("looks up the track of ruleset 1.0.0 findings (which carry none) in the 2.0.0 registry", () => {
    const { document, evaluation } = judged("blocked", "1.0.0");
    expect(evaluation.findings.some((finding) => "track" in finding)).toBe(false);
    const items = generatePlan({ evaluation, document, start: START });
    const v2 = judged("blocked", "2.0.0");
    const v2Items = new Map(
      generatePlan({ evaluation: v2.evaluation, document: v2.document, start: START }).map((item) => [item.key, item]),
    );
    for (const item of items) {
      // Every v1 finding is also found by 2.0.0 on this document, with the same track and window.
      expect(v2Items.get(item.key)?.track, item.key).toBe(item.track);
      expect(v2Items.get(item.key)?.window, item.key).toBe(item.window);
    }
    expect(items.find((item) => item.ruleId === "FEW_LOGS")).toMatchObject({ track: "observability", window: "days-61-90" });
    expect(items.find((item) => item.ruleId === "AI_WRITE_NO_CONFLICT_RULE")).toMatchObject({ track: "semantics", window: "days-31-60" });
    expect(items.find((item) => item.ruleId === "SCORE_BELOW_3")).toMatchObject({ track: "launch-gate", severity: "blocker" });
  });

  it("orders by window, then blocker → warning → info, then track, then the evaluation's order", () => {
    const { document, evaluation } = judged("blocked", "2.0.0");
    const items = generatePlan({ evaluation, document, start: START, includeInfo: true });
    const position = new Map(evaluation.findings.map((finding, index) => [`${finding.ruleId}@${finding.target}`, index]));
    for (let index = 1; index < items.length; index += 1) {
      const [a, b] = [items[index - 1]!, items[index]!];
      const [ra, rb] = [rank(a), rank(b)];
      const cmp = ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || position.get(a.key)! - position.get(b.key)!;
      expect(cmp, `${a.key} before ${b.key}`).toBeLessThan(0);
    }
    // All three windows, both severities and all four tracks are present, so the ordering is exercised.
    expect(new Set(items.map((item) => item.window)).size).toBe(3);
    expect(new Set(items.map((item) => item.track)).size).toBe(4);
  });

  it("is deterministic and does not depend on the order findings arrive in", () => {
    const { document, evaluation } = judged("blocked", "2.0.0");
    const once = generatePlan({ evaluation, document, start: START });
    expect(generatePlan({ evaluation, document, start: START })).toEqual(once);
    // Reversed findings only change the tie-break among equal rank, never the windows or counts.
    const reversed = { ...evaluation, findings: [...evaluation.findings].reverse() };
    const other = generatePlan({ evaluation: reversed, document, start: START });
    expect(new Set(other.map((item) => item.key))).toEqual(new Set(once.map((item) => item.key)));
    expect(other.map(rank)).toEqual(once.map(rank));
  });

  it("merges findings that share rule and target into one item with a unique key", () => {
    const { document, evaluation } = judged("blocked-v2", "2.0.0");
    const first = evaluation.findings.find((finding) => finding.ruleId === "EXCEPTION_CASES_MISSING")!;
    const twin = { ...first, message: "A second message for the same row.", severity: "blocker" as const };
    const doubled: EvaluationV2 = { ...evaluation, findings: [...evaluation.findings, twin, { ...first }] };
    const items = generatePlan({ evaluation: doubled, document, start: START });
    const keys = items.map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    const merged = items.filter((item) => item.key === `EXCEPTION_CASES_MISSING@plan.exceptions`);
    expect(merged).toHaveLength(1);
    // The most severe wins (so it moves to days 1–30), every distinct message is kept once.
    expect(merged[0]).toMatchObject({
      severity: "blocker",
      window: "days-1-30",
      message: `${first.message}\nA second message for the same row.`,
    });
    expect(merged[0]!.remediation).toBe(first.remediation);
  });

  it("makes no items for a ready document", () => {
    const { document, evaluation } = judged("ready-v2", "2.0.0");
    expect(generatePlan({ evaluation, document, start: START, includeInfo: true })).toEqual([]);
  });

  it("keeps keys across a re-evaluation, except for rows that moved (their index is in the target)", () => {
    const document = loadDocument("blocked-v2");
    const before = generatePlan({ evaluation: evaluate(document), document, start: START });
    // An unrelated edit: every key stays.
    document.answers!.workflow!.name = "Refund requests, renamed";
    const edited = generatePlan({ evaluation: evaluate(document), document, start: START });
    expect(edited.map((item) => item.key)).toEqual(before.map((item) => item.key));
    // Moving the offending mapping row to the top changes its target, hence its key: the old
    // item resolves and a new one is created (see README: keys follow the row's position).
    const rows = document.plan!.fieldMappings!;
    rows.unshift(rows.splice(3, 1)[0]!);
    const moved = generatePlan({ evaluation: evaluate(document), document, start: START });
    expect(moved.map((item) => item.key)).toContain("MAPPING_BIDIRECTIONAL_NO_RULE@plan.fieldMappings.0");
    expect(moved.map((item) => item.key)).not.toContain("MAPPING_BIDIRECTIONAL_NO_RULE@plan.fieldMappings.3");
  });

  it("gives a rule no ruleset knows its id as title and the launch-gate track", () => {
    const { document, evaluation } = judged("blocked", "1.0.0");
    const unknown = {
      ...evaluation.findings[0]!,
      ruleId: "FROM_THE_FUTURE",
      severity: "warning",
    } as unknown as Evaluation["findings"][number];
    const items = generatePlan({ evaluation: { ...evaluation, findings: [unknown] }, document, start: START });
    expect(items[0]).toMatchObject({ title: "FROM_THE_FUTURE", track: "launch-gate", window: "days-1-30" });
  });
});
