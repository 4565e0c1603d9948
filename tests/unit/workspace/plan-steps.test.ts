import { describe, expect, it } from "vitest";
import { PLAN_SECTION_KEYS, type JudgedDocument } from "@/lib/readiness";
import { evaluateIgnoringBlankRows } from "@/lib/workspace/blank-rows";
import { fieldPathsOf, fieldsLeft, splitFindings, stepMarkers, unitOf } from "@/lib/workspace/step-progress";
import { STEP_KEYS, stepForPath, stepPath } from "@/lib/workspace/steps";

const doc = (plan: JudgedDocument["plan"]): JudgedDocument => ({ format: "preflight.assessment/v2", answers: {}, scores: {}, plan });
const EMPTY = doc({});

describe("plan steps", () => {
  it("come after the nine questions and before the scores", () => {
    expect(STEP_KEYS.slice(9, 18)).toEqual([...PLAN_SECTION_KEYS]);
    expect(STEP_KEYS.at(-1)).toBe("scores");
    expect(stepPath("rollout")).toBe("plan.rollout");
  });

  it("own the findings and declarations on their section", () => {
    expect(stepForPath("plan.rollout.2")).toBe("rollout");
    expect(stepForPath("plan.roi")).toBe("roi");
    expect(stepForPath("plan.fieldMappings.0.targetField")).toBe("fieldMappings");
    expect(stepForPath("plan.notApplicable.kpis")).toBe("kpis");
    expect(stepForPath("plan.notApplicable.nothing")).toBeNull();
    expect(unitOf("plan.rollout.2.stage")).toBe("plan.rollout.2");
    expect(unitOf("plan.roi")).toBe("plan.roi");
    expect(unitOf("plan.notApplicable.roi")).toBeNull();
  });

  it("a big-bang first phase blocks the rollout step once the person has left it", () => {
    const document = doc({ rollout: [{ name: "Everyone", stage: "full" }] });
    const evaluation = evaluateIgnoringBlankRows(document);
    expect(evaluation.findings.map((f) => f.ruleId)).toContain("BIG_BANG_ROLLOUT");
    const left = splitFindings(evaluation.findings, document, { step: "kpis", entry: document });
    expect(left.settled.find((f) => f.ruleId === "BIG_BANG_ROLLOUT")?.target).toBe("plan.rollout.0");
    expect(stepMarkers(document, left.settled, null).rollout.blockers).toBeGreaterThan(0);
    // While the phase is being typed in (the section was empty on arrival) it is a to-do, not a blocker.
    const typing = splitFindings(evaluation.findings, document, { step: "rollout", entry: EMPTY });
    expect(typing.inProgress.map((f) => f.ruleId)).toContain("BIG_BANG_ROLLOUT");
  });

  it("are answered when filled in or declared not applicable; a blank row answers nothing", () => {
    const markers = stepMarkers(doc({ roi: { runsPerMonth: 10 }, notApplicable: { kpis: "Compliance change" }, rollout: [{}] }), [], null);
    expect(markers.roi.state).toBe("answered");
    expect(markers.kpis.state).toBe("answered");
    expect(markers.rollout.state).toBe("unanswered");
  });

  it("list their empty fields by the framework's labels while being filled in", () => {
    expect(fieldPathsOf("fieldMappings")).not.toContain("valueMap");
    const document = doc({ rollout: [{ name: "Pilot" }] });
    const left = fieldsLeft(document, { step: "rollout", entry: EMPTY });
    expect(left[0]).toEqual({ path: "plan.rollout.0.stage", label: "Row 1 · Stage" });
    expect(stepMarkers(document, [], { step: "rollout", entry: EMPTY }).rollout).toEqual({
      state: "in-progress",
      blockers: 0,
      fieldsLeft: left.length,
    });
  });
});
