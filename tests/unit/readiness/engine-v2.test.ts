/**
 * Ruleset 2.0.0's procedure: blank rows, the plan's answered-ness and "not applicable",
 * targets mapped back, ordering, completeness, ROI, the evaluation/v2 shape, and 1.0.0
 * left exactly as it was. Made-up rules pin the procedure down independently of the
 * real plan rules (tested beside their groups).
 */
import { describe, expect, it } from "vitest";
import {
  ASSESSMENT_FORMAT_V2,
  LOG_KINDS,
  RULE_IDS,
  RULESETS,
  evaluate,
  locateTarget,
  parseEvaluation,
  parseEvaluationV2,
  sortFindings,
  type AssessmentDocumentV2,
  type FindingV2,
  type RuleDefinition,
  type RuleHit,
} from "@/lib/readiness";
import { evaluateWithRules } from "@/lib/readiness/engine/evaluate";
import { MAX_PAYBACK_MONTHS } from "@/lib/readiness/engine/roi";
import { asRulesetRule } from "@/lib/readiness/rules/rulesets";
import { loadExample } from "./fixtures";

function readyV2(): AssessmentDocumentV2 {
  return { ...loadExample("ready"), format: ASSESSMENT_FORMAT_V2 } as AssessmentDocumentV2;
}

type Check = RuleDefinition["check"];

/** A made-up plan rule: the procedure around it is what is under test. */
function planRule(id: RuleDefinition["id"], overrides: Partial<RuleDefinition>, check: Check): RuleDefinition {
  return {
    id,
    severity: "warning",
    requires: [],
    stage: 1,
    track: "observability",
    title: "Test rule",
    source: "001 §7 Create a Phased Rollout Plan",
    remediation: "Fix it.",
    check,
    ...overrides,
  };
}

const V1_IDS: ReadonlySet<string> = new Set(RULE_IDS);
/** 2.0.0's versions of the 1.0.0 rules (not its plan rules, tested beside their groups). */
const V1_RULES_IN_V2 = RULESETS["2.0.0"].rules.filter((rule) => V1_IDS.has(rule.id));

/** Every 1.0.0 rule as 2.0.0 runs it, plus the given made-up rules. */
function withRules(document: AssessmentDocumentV2, ...extra: RuleDefinition[]) {
  return evaluateWithRules(document, [...V1_RULES_IN_V2, ...extra.map(asRulesetRule)]);
}

const perPhase: Check = (document) =>
  (document.plan?.rollout ?? []).map((phase, index): RuleHit => ({
    target: `plan.rollout.${index}`,
    message: `Phase "${phase.name ?? ""}".`,
  }));

describe("evaluate: rulesets", () => {
  it("defaults to 2.0.0 and returns preflight.evaluation/v2; 1.0.0 returns preflight.evaluation/v1", () => {
    const v2 = evaluate(readyV2());
    expect(v2.format).toBe("preflight.evaluation/v2");
    expect(v2.rulesetVersion).toBe("2.0.0");
    expect(parseEvaluationV2(JSON.parse(JSON.stringify(v2)))).toMatchObject({ ok: true });
    expect(evaluate(readyV2(), { ruleset: "2.0.0" })).toEqual(v2);

    const v1 = evaluate(loadExample("blocked"), { ruleset: "1.0.0" });
    expect(v1.format).toBe("preflight.evaluation/v1");
    expect(v1.rulesetVersion).toBe("1.0.0");
    expect(Object.keys(v1)).toEqual(["format", "rulesetVersion", "verdict", "readinessIndex", "completeness", "findings"]);
    expect(parseEvaluation(v1)).toMatchObject({ ok: true });
    for (const finding of v1.findings)
      expect(Object.keys(finding)).toEqual(["ruleId", "severity", "target", "message", "remediation", "source"]);
  });

  it("1.0.0 judges a v2 document by its v1 parts: plan, action-contract fields and sync-audit log kinds are invisible", () => {
    const v1 = loadExample("blocked");
    const v2: AssessmentDocumentV2 = {
      ...v1,
      format: ASSESSMENT_FORMAT_V2,
      answers: {
        ...v1.answers,
        actions: v1.answers?.actions?.map((row) => ({ ...row, riskTier: "high" as const, rollback: "none" as const })),
        logs: { ...v1.answers?.logs, captured: [...(v1.answers?.logs?.captured ?? []), "source_record_id", "failure_reason"] },
      },
      plan: { rollout: [{ name: "Everything at once", stage: "full" }], notApplicable: { roi: "Compliance work" } },
    };
    expect(evaluate(v2, { ruleset: "1.0.0" })).toEqual(evaluate(v1, { ruleset: "1.0.0" }));
  });

  it("1.0.0 sees a logs section holding only v2 kinds as unanswered, as a v1 reader would", () => {
    const doc = readyV2();
    doc.answers = { ...doc.answers, logs: { captured: ["source_record_id"] } };
    expect(evaluate(doc, { ruleset: "1.0.0" }).completeness.questionsAnswered).toBe(8);
    expect(evaluate(doc).completeness.questionsAnswered).toBe(9);
  });

  it("gives every finding a track, and v1 findings their question's track and a readable source", () => {
    const evaluation = evaluate({ ...loadExample("blocked"), format: ASSESSMENT_FORMAT_V2 } as AssessmentDocumentV2);
    const byRule = new Map(evaluation.findings.map((f) => [f.ruleId, f]));
    expect(byRule.get("CUSTOMER_FACING_AUTOMATED")?.track).toBe("safe-writes");
    expect(byRule.get("OBJECT_TWO_OWNERS")?.track).toBe("semantics");
    expect(byRule.get("SCORE_BELOW_3")?.track).toBe("launch-gate");
    expect(byRule.get("SCORE_BELOW_3")?.source).toBe(
      "Systems integration checklist for customer operations, section “Quick Integration Readiness Score”",
    );
    expect(byRule.get("CUSTOMER_FACING_AUTOMATED")?.source).toBe("Automation and AI, section “Approval Levels”");
    const legacy = evaluate(loadExample("blocked"), { ruleset: "1.0.0" }).findings.find((f) => f.ruleId === "SCORE_BELOW_3");
    expect(legacy?.source).toBe("001 §Quick Integration Readiness Score");
  });
});

describe("evaluate 2.0.0: blank rows are not rows", () => {
  it("ignores blank rows and maps targets back to the document's indices", () => {
    const doc = readyV2();
    const actions = doc.answers?.actions ?? [];
    const risky = { name: "Send the reply", kind: "trigger" as const, customerFacing: true, approval: "automated" as const };
    doc.answers = { ...doc.answers, actions: [{}, { name: "  " }, ...actions, { trigger: "" }, risky] };
    const evaluation = evaluate(doc);
    const hit = evaluation.findings.find((f) => f.ruleId === "CUSTOMER_FACING_AUTOMATED");
    expect(hit?.target).toBe(`answers.actions.${actions.length + 3}`);
    // Under 1.0.0 the blank rows are rows, and the index is the same document index.
    const legacy = evaluate(doc, { ruleset: "1.0.0" }).findings.find((f) => f.ruleId === "CUSTOMER_FACING_AUTOMATED");
    expect(legacy?.target).toBe(hit?.target);
  });

  it("a question holding only blank rows is unanswered: incomplete, never blocked", () => {
    const doc = readyV2();
    doc.answers = { ...doc.answers, actions: [{}, { name: "", trigger: " " }] };
    const evaluation = evaluate(doc);
    expect(evaluation.completeness.questionsAnswered).toBe(8);
    expect(evaluation.verdict).toBe("incomplete");
    expect(evaluation.findings.filter((f) => f.target.startsWith("answers.actions"))).toEqual([]);
    expect(evaluate(doc, { ruleset: "1.0.0" }).completeness.questionsAnswered).toBe(9);
  });

  it("maps plan row targets back too, and a value map of blank pairs is no value map", () => {
    const doc: AssessmentDocumentV2 = {
      ...readyV2(),
      plan: {
        rollout: [{}, { name: "Pilot" }, { name: "" }, { name: "Full" }],
        fieldMappings: [{ valueMap: [{ from: " ", to: "" }] }, { kind: "status", valueMap: [{}, { from: "Open", to: "Active" }] }],
      },
    };
    const seen: unknown[] = [];
    const evaluation = withRules(
      doc,
      planRule("PHASE_NO_EXIT_CRITERIA", { planSection: "rollout", requiresPlan: ["rollout"] }, perPhase),
      planRule("STATUS_VALUES_UNMAPPED", { planSection: "fieldMappings", requiresPlan: ["fieldMappings"] }, (d) => {
        seen.push(d.plan?.fieldMappings);
        return [];
      }),
    );
    expect(evaluation.findings.filter((f) => f.ruleId === "PHASE_NO_EXIT_CRITERIA").map((f) => [f.target, f.message])).toEqual([
      ["plan.rollout.1", 'Phase "Pilot".'],
      ["plan.rollout.3", 'Phase "Full".'],
    ]);
    expect(seen).toEqual([[{ kind: "status", valueMap: [{ from: "Open", to: "Active" }] }]]);
    expect(evaluation.completeness.planSectionsAnswered).toBe(2);
  });

  it("a plan list of blank rows is an unanswered section", () => {
    const doc: AssessmentDocumentV2 = { ...readyV2(), plan: { kpis: [{}, { name: " " }], workflowMap: [{ step: "Lead arrives" }] } };
    const ran: string[] = [];
    withRules(
      doc,
      planRule("KPI_NO_BASELINE", { planSection: "kpis", requiresPlan: ["kpis"] }, () => {
        ran.push("kpis");
        return [];
      }),
      planRule("STEP_UNOWNED", { planSection: "workflowMap", requiresPlan: ["workflowMap"] }, () => {
        ran.push("workflowMap");
        return [];
      }),
    );
    expect(ran).toEqual(["workflowMap"]);
    expect(evaluate(doc).completeness.planSectionsAnswered).toBe(1);
  });
});

describe("evaluate 2.0.0: sections declared not applicable", () => {
  const doc = (): AssessmentDocumentV2 => ({
    ...readyV2(),
    plan: {
      rollout: [{ name: "Pilot" }],
      kpis: [{ name: "Handle time" }],
      roi: { runsPerMonth: 100, minutesSavedPerRun: 6, hourlyCost: 50, buildCost: 1000, monthlyRunCost: 10 },
      notApplicable: { roi: "No labour is saved: a compliance change", rollout: "One team, one queue: nothing to phase" },
    },
  });

  it("count as answered, are listed in plan order, run none of their rules, and hide their content from other rules", () => {
    const ran: string[] = [];
    const sawRollout: unknown[] = [];
    const evaluation = withRules(
      doc(),
      planRule("BIG_BANG_ROLLOUT", { planSection: "rollout", requiresPlan: ["rollout"] }, () => {
        ran.push("own section");
        return [];
      }),
      planRule("NO_ROLLOUT_PLAN", { planSection: "rollout", requires: ["firstLaunch"] }, () => {
        ran.push("empty-section rule");
        return [];
      }),
      planRule("KPI_NO_BASELINE", { planSection: "kpis", requiresPlan: ["kpis", "rollout"] }, () => {
        ran.push("needs rollout");
        return [];
      }),
      planRule("KPI_NO_ALERT", { planSection: "kpis", requiresPlan: ["kpis"] }, (d) => {
        sawRollout.push(d.plan?.rollout, d.plan?.roi);
        return [];
      }),
    );
    expect(ran).toEqual([]);
    expect(sawRollout).toEqual([undefined, undefined]);
    expect(evaluation.completeness).toMatchObject({
      planSectionsAnswered: 3,
      planSectionsTotal: 9,
      planSectionsNotApplicable: ["rollout", "roi"],
    });
    expect(evaluation.roi).toBeNull();
  });

  it("NA_SECTION_HAS_CONTENT alone sees the declared section's content (blank rows removed)", () => {
    const seen: unknown[] = [];
    const declared = doc();
    declared.plan = { ...declared.plan, kpis: [{}], notApplicable: { ...declared.plan?.notApplicable, kpis: "Not measured" } };
    withRules(
      declared,
      planRule("NA_SECTION_HAS_CONTENT", {}, (d) => {
        seen.push(d.plan?.rollout, d.plan?.kpis);
        return [];
      }),
    );
    expect(seen).toEqual([[{ name: "Pilot" }], []]);
  });

  it("none when nothing is declared", () => {
    expect(evaluate(readyV2()).completeness).toMatchObject({ planSectionsAnswered: 0, planSectionsNotApplicable: [] });
  });
});

describe("evaluate 2.0.0: verdict, order, areas", () => {
  it("plan sections never make a verdict incomplete; a plan blocker blocks", () => {
    // A phase no real rule blocks: plan warnings (a one-section plan has many) never make it incomplete.
    const doc: AssessmentDocumentV2 = {
      ...readyV2(),
      plan: { rollout: [{ name: "Pilot", stage: "pilot", rollbackCriteria: "Error rate above 2 %" }] },
    };
    expect(evaluate(doc).verdict).toBe("ready");
    expect(evaluate(doc).completeness.planSectionsAnswered).toBe(1);
    const blocker = planRule(
      "BIG_BANG_ROLLOUT",
      { severity: "blocker", planSection: "rollout", requiresPlan: ["rollout"], track: "observability" },
      perPhase,
    );
    const blocked = withRules(doc, blocker);
    expect(blocked.verdict).toBe("blocked");
    expect(blocked.findings).toContainEqual(
      expect.objectContaining({ ruleId: "BIG_BANG_ROLLOUT", track: "observability", target: "plan.rollout.0" }),
    );
  });

  it("a plan blocker contradicts a high score of the area covering its section", () => {
    const doc: AssessmentDocumentV2 = { ...readyV2(), plan: { rollout: [{ name: "All at once" }, { name: "Again" }] } };
    doc.scores = { ...doc.scores, rolloutRollback: { score: 4 }, workflowMapping: { score: 5 } };
    const blocker = planRule("BIG_BANG_ROLLOUT", { severity: "blocker", planSection: "rollout", requiresPlan: ["rollout"] }, perPhase);
    const contradictions = withRules(doc, blocker).findings.filter((f) => f.ruleId === "SCORE_CONTRADICTS_ANSWERS");
    expect(contradictions).toEqual([
      expect.objectContaining({
        target: "scores.rolloutRollback",
        track: "launch-gate",
        message: "Rollout and rollback planning is scored 4 of 5, but 2 blockers sit on the rollout plan, which this area covers.",
      }),
    ]);
    // 1.0.0 never sees the plan, so nothing contradicts there.
    expect(evaluate(doc, { ruleset: "1.0.0" }).findings.filter((f) => f.ruleId === "SCORE_CONTRADICTS_ANSWERS")).toEqual([]);
  });

  it("orders plan findings after the questions' and before the scores', sections in plan order", () => {
    const finding = (target: string): FindingV2 => ({
      ruleId: "STEP_UNOWNED",
      severity: "warning",
      track: "launch-gate",
      target,
      message: "m",
      remediation: "r",
      source: "s",
    });
    const targets = [
      "scores.dataOwnership",
      "plan.enablement",
      "plan.kpis.10",
      "plan.workflowMap.2",
      "plan.kpis.2",
      "plan.roi",
      "answers.workflow.name",
      "plan.accessControls",
    ];
    expect(sortFindings(targets.map(finding)).map((f) => f.target)).toEqual([
      "answers.workflow.name",
      "plan.workflowMap.2",
      "plan.accessControls",
      "plan.kpis.2",
      "plan.kpis.10",
      "plan.roi",
      "plan.enablement",
      "scores.dataOwnership",
    ]);
  });

  it("locates plan targets: section, row and the area that shows them", () => {
    expect(locateTarget("plan.rollout.3")).toEqual({ question: null, area: "rolloutRollback", planSection: "rollout", row: 3 });
    expect(locateTarget("plan.fieldMappings.0")).toEqual({ question: null, area: "dataOwnership", planSection: "fieldMappings", row: 0 });
    expect(locateTarget("plan.roi")).toEqual({ question: null, area: null, planSection: "roi" });
    expect(locateTarget("plan.unknown.1")).toEqual({ question: null, area: null });
  });

  it("keeps the v1 log kinds the only ones FEW_LOGS counts", () => {
    const doc = readyV2();
    doc.answers = {
      ...doc.answers,
      logs: {
        ...doc.answers?.logs,
        captured: [LOG_KINDS[0], "source_record_id", "target_record_id", "payload_version", "failure_reason", "retry_history"],
      },
    };
    expect(evaluate(doc).findings.map((f) => f.ruleId)).toContain("FEW_LOGS");
  });
});

describe("evaluate 2.0.0: ROI", () => {
  const withRoi = (roi: NonNullable<AssessmentDocumentV2["plan"]>["roi"]) => evaluate({ ...readyV2(), plan: { roi } }).roi;

  it("computes the figures to the cent", () => {
    expect(
      withRoi({ runsPerMonth: 1200, minutesSavedPerRun: 6, hourlyCost: 55, buildCost: 30000, monthlyRunCost: 800, currency: "USD" }),
    ).toEqual({
      currency: "USD",
      monthlyHoursSaved: 120,
      monthlySavings: 6600,
      monthlyNet: 5800,
      paybackMonths: 5.17,
      firstYearNet: 39600,
    });
    expect(withRoi({ runsPerMonth: 7, minutesSavedPerRun: 13, hourlyCost: 41.5, buildCost: 1000, monthlyRunCost: 3.33 })).toEqual({
      currency: null,
      monthlyHoursSaved: 1.52,
      monthlySavings: 62.94,
      monthlyNet: 59.61,
      paybackMonths: 16.78,
      firstYearNet: -284.66,
    });
  });

  it("has no payback when the net is zero or negative, and stays finite at zero and at 1e9", () => {
    expect(withRoi({ runsPerMonth: 0, minutesSavedPerRun: 0, hourlyCost: 0, buildCost: 0, monthlyRunCost: 0 })).toEqual({
      currency: null,
      monthlyHoursSaved: 0,
      monthlySavings: 0,
      monthlyNet: 0,
      paybackMonths: null,
      firstYearNet: 0,
    });
    const huge = withRoi({ runsPerMonth: 1e9, minutesSavedPerRun: 1e9, hourlyCost: 1e9, buildCost: 1e9, monthlyRunCost: 1e9 });
    expect(huge).not.toBeNull();
    for (const value of Object.values(huge ?? {})) if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
    expect(huge?.paybackMonths).toBe(0);
    // A net of a few denormal cents a month: the payback is capped, never Infinity (found by the property test).
    const tiny = withRoi({ runsPerMonth: 60, minutesSavedPerRun: 12, hourlyCost: 5e-324, buildCost: 1e-16, monthlyRunCost: 0 });
    expect(tiny?.paybackMonths).toBe(MAX_PAYBACK_MONTHS);
    expect(
      parseEvaluationV2(
        JSON.parse(
          JSON.stringify(
            evaluate({
              ...readyV2(),
              plan: { roi: { runsPerMonth: 1e9, minutesSavedPerRun: 1e9, hourlyCost: 1e9, buildCost: 1e9, monthlyRunCost: 1e9 } },
            }),
          ),
        ),
      ),
    ).toMatchObject({ ok: true });
  });

  it("is null unless all five numbers are present", () => {
    expect(withRoi({ runsPerMonth: 10, minutesSavedPerRun: 5, hourlyCost: 40, buildCost: 100, currency: "EUR" })).toBeNull();
    expect(withRoi(undefined)).toBeNull();
  });
});
