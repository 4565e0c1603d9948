/**
 * Ruleset 2.0.0, second half: write audit, exceptions, access controls, rollout, KPIs, ROI,
 * not-applicable and enablement. Each rule is run directly on a clean v2 document where none
 * of them fires, changed so that one does, and on a close variant where it does not. `judge`
 * gates a rule the way the engine does (questions in `requires`, plan sections in
 * `requiresPlan`, declared not-applicable sections), so the metadata is tested too.
 */
import { describe, expect, it } from "vitest";
import { hasContent } from "@/lib/readiness/engine/answered";
import { PLAN_SECTION_KEYS, QUESTION_KEYS, TRACKS, type PlanSectionKey, type QuestionKey } from "@/lib/readiness/keys";
import type { AnyRuleId } from "@/lib/readiness/rules/ids";
import type { JudgedDocument, RuleContext, RuleDefinition, RuleHit } from "@/lib/readiness/rules/types";
import { WRITE_AUDIT_RULES } from "@/lib/readiness/rules/v2/write-audit";
import { EXCEPTION_RULES } from "@/lib/readiness/rules/v2/plan-exceptions";
import { ACCESS_CONTROL_RULES } from "@/lib/readiness/rules/v2/plan-access-controls";
import { ROLLOUT_RULES } from "@/lib/readiness/rules/v2/plan-rollout";
import { KPI_RULES } from "@/lib/readiness/rules/v2/plan-kpis";
import { ROI_RULES } from "@/lib/readiness/rules/v2/plan-roi";
import { NOT_APPLICABLE_RULES } from "@/lib/readiness/rules/v2/plan-not-applicable";
import { ENABLEMENT_RULES } from "@/lib/readiness/rules/v2/plan-enablement";
import type { ExceptionRow, KpiRow, Plan, RolloutPhase } from "@/lib/readiness/schema/assessment-v2";

const RULES: readonly RuleDefinition[] = [
  ...WRITE_AUDIT_RULES,
  ...EXCEPTION_RULES,
  ...ACCESS_CONTROL_RULES,
  ...ROLLOUT_RULES,
  ...KPI_RULES,
  ...ROI_RULES,
  ...NOT_APPLICABLE_RULES,
  ...ENABLEMENT_RULES,
];

function ruleOf(id: AnyRuleId): RuleDefinition {
  const rule = RULES.find((candidate) => candidate.id === id);
  if (rule === undefined) throw new Error(`no rule ${id} in this group`);
  return rule;
}

function filled(section: unknown): boolean {
  return Array.isArray(section) ? section.length > 0 : hasContent(section);
}

function contextFor(document: JudgedDocument): RuleContext {
  const answered = {} as Record<QuestionKey, boolean>;
  for (const key of QUESTION_KEYS) answered[key] = filled(document.answers?.[key]);
  const planAnswered = {} as Record<PlanSectionKey, boolean>;
  const declared = document.plan?.notApplicable ?? {};
  for (const key of PLAN_SECTION_KEYS) planAnswered[key] = declared[key] !== undefined || filled(document.plan?.[key]);
  return { answered, planAnswered, priorFindings: [], blockersPerQuestion: new Map() };
}

/** The rule's hits, or none when the engine would not run it. */
function judge(id: AnyRuleId, document: JudgedDocument): RuleHit[] {
  const rule = ruleOf(id);
  const context = contextFor(document);
  const declared = document.plan?.notApplicable ?? {};
  const sections = [...(rule.planSection === undefined ? [] : [rule.planSection]), ...(rule.requiresPlan ?? [])];
  if (sections.some((key) => declared[key] !== undefined)) return [];
  if (rule.requires.some((key) => !context.answered[key])) return [];
  if ((rule.requiresPlan ?? []).some((key) => !context.planAnswered[key])) return [];
  return rule.check(document, context);
}

function targets(id: AnyRuleId, document: JudgedDocument): string[] {
  return judge(id, document).map((hit) => hit.target);
}

function onlyMessage(id: AnyRuleId, document: JudgedDocument): string {
  const hits = judge(id, document);
  expect(hits).toHaveLength(1);
  return hits[0]?.message ?? "";
}

const PHASES: readonly RolloutPhase[] = [
  {
    name: "Read-only visibility",
    stage: "read_only",
    writesEnabled: false,
    exitCriteria: "Mapping verified on 500 records",
    rollbackCriteria: "Any auth failure",
    start: "2027-01-11",
    end: "2027-01-29",
  },
  {
    name: "EMEA pilot",
    stage: "pilot",
    writesEnabled: true,
    exitCriteria: "Sync failures under 1% for two weeks",
    rollbackCriteria: "Failures above 3% for a day",
    start: "2027-02-01",
    end: "2027-02-26",
  },
  { name: "Everyone", stage: "full", writesEnabled: true, rollbackCriteria: "Backlog grows two weeks running", start: "2027-03-01" },
];

const EXCEPTIONS: readonly ExceptionRow[] = [
  { case: "missing_required_field", handling: "review_queue", owner: "RevOps data steward" },
  { case: "record_exists", handling: "merge" },
  { case: "ambiguous_match", handling: "review_queue", owner: "RevOps data steward" },
  { case: "target_rejects", handling: "dead_letter", alert: true },
  { case: "partial_failure", handling: "retry", alert: true },
];

const KPIS: readonly KpiRow[] = [
  { name: "Sync failure rate", kind: "technical", unit: "%", baseline: 4.2, target: 1, better: "lower", alertThreshold: 3 },
  { name: "Minutes to first touch", kind: "operational", baseline: 240, target: 60, better: "lower" },
  { name: "Leads touched the same day", kind: "operational", baseline: 40, target: 80, better: "higher" },
];

/** A v2 document on which none of the 24 rules fires. Every call builds a fresh copy. */
function cleanDoc(): JudgedDocument & { plan: Plan } {
  return {
    format: "preflight.assessment/v2",
    answers: {
      workflow: { name: "Route inbound leads" },
      dataSources: [{ name: "CRM contacts", sensitivity: ["customer"] }],
      actions: [
        { name: "Update the lead score", kind: "update", approval: "draft" },
        { name: "Summarise the lead", kind: "draft", approval: "suggest" },
      ],
      logs: { captured: ["input_source", "output", "approval_decision", "source_record_id", "target_record_id", "failure_reason"] },
      firstLaunch: { scope: "EMEA SDR queue" },
    },
    plan: {
      exceptions: EXCEPTIONS.map((row) => ({ ...row })),
      accessControls: {
        leastPrivilegeAccounts: true,
        credentialsPerEnvironment: true,
        fieldMasking: true,
        accessAudit: true,
        secretRotation: true,
      },
      rollout: PHASES.map((row) => ({ ...row })),
      kpis: KPIS.map((row) => ({ ...row })),
      roi: { runsPerMonth: 1200, minutesSavedPerRun: 6, hourlyCost: 55, buildCost: 30000, monthlyRunCost: 800, currency: "USD" },
      enablement: {
        sopsUpdated: true,
        frontlineTrained: true,
        leadsTrainedOnFailures: true,
        incidentOwnersPublished: true,
        stabilizationReviews: "weekly",
        stabilizationDays: 45,
      },
    },
  };
}

function planOf(document: JudgedDocument): Plan {
  document.plan ??= {};
  return document.plan;
}

function rows<T>(list: T[] | undefined): T[] {
  if (list === undefined) throw new Error("expected the fixture to have this list");
  return list;
}

function at<T>(list: T[] | undefined, index: number): T {
  const row = rows(list)[index];
  if (row === undefined) throw new Error(`no row ${index}`);
  return row;
}

/** Q5 without any write action: the write-only rules stay quiet. */
function withoutWrites(document: JudgedDocument): JudgedDocument {
  document.answers = { ...document.answers, actions: [{ name: "Summarise the lead", kind: "draft", approval: "suggest" }] };
  return document;
}

const EXPECTED: ReadonlyArray<readonly [AnyRuleId, "blocker" | "warning" | "info", string]> = [
  ["WRITE_AUDIT_INCOMPLETE", "warning", "observability"],
  ["NO_EXCEPTION_PLAN", "warning", "observability"],
  ["EXCEPTIONS_ONLY_FAIL", "blocker", "safe-writes"],
  ["EXCEPTION_CASES_MISSING", "warning", "observability"],
  ["SILENT_FAILURE", "warning", "observability"],
  ["EXCEPTION_QUEUE_UNOWNED", "warning", "observability"],
  ["NO_ACCESS_CONTROL_PLAN", "warning", "launch-gate"],
  ["ACCESS_CONTROL_GAPS", "warning", "launch-gate"],
  ["NO_ROLLOUT_PLAN", "warning", "observability"],
  ["BIG_BANG_ROLLOUT", "blocker", "observability"],
  ["PHASE_NO_ROLLBACK_CRITERIA", "blocker", "observability"],
  ["WRITES_IN_FIRST_PHASE", "warning", "observability"],
  ["PHASE_NO_EXIT_CRITERIA", "warning", "observability"],
  ["PHASE_DATES_OUT_OF_ORDER", "warning", "observability"],
  ["NO_KPIS", "warning", "observability"],
  ["KPI_SET_ONE_SIDED", "warning", "observability"],
  ["KPI_NO_BASELINE", "warning", "observability"],
  ["KPI_TARGET_NOT_BETTER", "warning", "observability"],
  ["KPI_NO_ALERT", "info", "observability"],
  ["ROI_NEGATIVE", "warning", "observability"],
  ["ROI_SLOW_PAYBACK", "info", "observability"],
  ["NA_SECTION_HAS_CONTENT", "warning", "observability"],
  ["ENABLEMENT_GAPS", "warning", "observability"],
  ["NO_STABILIZATION_REVIEWS", "warning", "observability"],
];

describe("the 24 rules of this group", () => {
  it("are exactly the table's, with its severity and track, stage 1, a seed source and a remediation", () => {
    expect(RULES.map((rule) => [rule.id, rule.severity, rule.track])).toEqual(EXPECTED);
    for (const rule of RULES) {
      expect(rule.stage).toBe(1);
      expect(TRACKS).toContain(rule.track);
      expect(rule.source).toMatch(/^00[0-4] §\S/);
      expect(rule.remediation.length).toBeGreaterThan(20);
    }
  });

  it("name their section; the empty-section rules leave their own section out of requiresPlan", () => {
    for (const rule of RULES) {
      if (rule.id === "WRITE_AUDIT_INCOMPLETE") {
        expect([rule.question, rule.planSection]).toEqual(["logs", undefined]);
      } else if (rule.id === "NA_SECTION_HAS_CONTENT") {
        expect([rule.question, rule.planSection, rule.requiresPlan ?? []]).toEqual([undefined, undefined, []]);
      } else if (rule.id.startsWith("NO_") && rule.id !== "NO_STABILIZATION_REVIEWS") {
        expect(rule.requiresPlan).toEqual([]);
      } else {
        expect(rule.requiresPlan).toContain(rule.planSection);
      }
    }
  });

  it("find nothing on the clean document", () => {
    const doc = cleanDoc();
    expect(RULES.flatMap((rule) => judge(rule.id, doc).map((hit) => `${rule.id} ${hit.target}`))).toEqual([]);
  });

  it("never crash on rows and forms whose fields are all missing", () => {
    const doc: JudgedDocument = {
      format: "preflight.assessment/v2",
      answers: { actions: [{}], dataSources: [{}], logs: {}, workflow: {}, firstLaunch: {} },
      plan: { exceptions: [{}, {}], rollout: [{}, {}], kpis: [{}], accessControls: {}, roi: {}, enablement: {} },
    };
    const context = contextFor(doc);
    for (const rule of RULES) expect(() => rule.check(doc, context)).not.toThrow();
  });
});

describe("WRITE_AUDIT_INCOMPLETE", () => {
  it("fires when a write action exists and Q7 lacks record ids or the failure reason, naming the missing in a fixed order", () => {
    const doc = cleanDoc();
    doc.answers = { ...doc.answers, logs: { captured: ["output", "failure_reason", "retry_history"] } };
    expect(judge("WRITE_AUDIT_INCOMPLETE", doc)).toEqual([
      {
        target: "answers.logs.captured",
        message:
          "1 write action changes other systems, but the logs do not capture the source record id and target record id, so a failed sync cannot be traced.",
      },
    ]);
  });

  it("does not fire without a write action, nor when Q7 is unanswered", () => {
    const noWrites = withoutWrites(cleanDoc());
    noWrites.answers = { ...noWrites.answers, logs: { captured: ["output"] } };
    expect(targets("WRITE_AUDIT_INCOMPLETE", noWrites)).toEqual([]);

    const noLogs = cleanDoc();
    noLogs.answers = { ...noLogs.answers, logs: { store: "  " } };
    expect(targets("WRITE_AUDIT_INCOMPLETE", noLogs)).toEqual([]);
  });

  it("counts trigger actions as writes too", () => {
    const doc = cleanDoc();
    doc.answers = { ...doc.answers, actions: [{ name: "Open a kickoff task", kind: "trigger" }], logs: { captured: ["target_record_id"] } };
    expect(onlyMessage("WRITE_AUDIT_INCOMPLETE", doc)).toContain("do not capture the source record id and failure reason,");
  });
});

describe("NO_EXCEPTION_PLAN", () => {
  it("fires when Q5 has a write action and the exceptions section is empty", () => {
    const doc = cleanDoc();
    delete doc.plan.exceptions;
    expect(targets("NO_EXCEPTION_PLAN", doc)).toEqual(["plan.exceptions"]);
  });

  it("does not fire without writes, with one exception row, or when the section is declared not applicable", () => {
    const noWrites = withoutWrites(cleanDoc());
    delete planOf(noWrites).exceptions;
    expect(targets("NO_EXCEPTION_PLAN", noWrites)).toEqual([]);

    const oneRow = cleanDoc();
    oneRow.plan.exceptions = [{ case: "target_rejects", handling: "retry" }];
    expect(targets("NO_EXCEPTION_PLAN", oneRow)).toEqual([]);

    const declared = cleanDoc();
    delete declared.plan.exceptions;
    declared.plan.notApplicable = { exceptions: "Read-only integration in practice" };
    expect(targets("NO_EXCEPTION_PLAN", declared)).toEqual([]);
  });
});

describe("EXCEPTIONS_ONLY_FAIL", () => {
  it("is a blocker at plan.exceptions when every row fails, naming the cases in enum order", () => {
    const doc = cleanDoc();
    doc.plan.exceptions = [
      { case: "target_rejects", handling: "fail", alert: true },
      { case: "missing_required_field", handling: "fail" },
      { handling: "fail" },
    ];
    expect(judge("EXCEPTIONS_ONLY_FAIL", doc)).toEqual([
      {
        target: "plan.exceptions",
        message:
          "Every planned exception (required field missing and target rejects the payload) just fails the run: bad records are neither retried, queued for review nor parked, so they are simply lost.",
      },
    ]);
  });

  it("does not fire when one row is handled otherwise", () => {
    const doc = cleanDoc();
    doc.plan.exceptions = [
      { case: "target_rejects", handling: "fail" },
      { case: "missing_required_field", handling: "review_queue", owner: "Data steward" },
    ];
    expect(targets("EXCEPTIONS_ONLY_FAIL", doc)).toEqual([]);
  });

  it("leaves rows without a handling out: they neither silence it nor make it fire", () => {
    const failing = cleanDoc();
    failing.plan.exceptions = [{ case: "target_rejects", handling: "fail" }, { case: "record_exists" }];
    expect(targets("EXCEPTIONS_ONLY_FAIL", failing)).toEqual(["plan.exceptions"]);

    const undecided = cleanDoc();
    undecided.plan.exceptions = [{ case: "target_rejects", alert: true }, { case: "record_exists" }];
    expect(targets("EXCEPTIONS_ONLY_FAIL", undecided)).toEqual([]);
  });

  it("does not depend on Q5: failing everything is a blocker whatever the actions are", () => {
    const doc = withoutWrites(cleanDoc());
    planOf(doc).exceptions = [{ case: "downstream_timeout", handling: "fail", alert: true }];
    expect(targets("EXCEPTIONS_ONLY_FAIL", doc)).toEqual(["plan.exceptions"]);
  });
});

describe("EXCEPTION_CASES_MISSING", () => {
  it("fires once, naming the missing expected cases in enum order", () => {
    const doc = cleanDoc();
    doc.plan.exceptions = [
      { case: "target_rejects", handling: "dead_letter", alert: true },
      { case: "record_exists", handling: "merge" },
      { case: "out_of_order_event", handling: "retry" },
    ];
    expect(judge("EXCEPTION_CASES_MISSING", doc)).toEqual([
      {
        target: "plan.exceptions",
        message:
          "The exception plan for the AI's writes does not cover required field missing, several records could match or partial failure across systems.",
      },
    ]);
  });

  it("does not fire when all five are there, or when no action writes", () => {
    expect(targets("EXCEPTION_CASES_MISSING", cleanDoc())).toEqual([]);
    const noWrites = withoutWrites(cleanDoc());
    planOf(noWrites).exceptions = [{ case: "target_rejects", handling: "retry", alert: true }];
    expect(targets("EXCEPTION_CASES_MISSING", noWrites)).toEqual([]);
  });
});

describe("SILENT_FAILURE", () => {
  it("fires on a lost-write case whose alert is false or missing (a missing alert raises none)", () => {
    const doc = cleanDoc();
    rows(doc.plan.exceptions).push(
      { case: "permission_denied", handling: "escalate", owner: "Integration on-call", alert: false },
      { case: "downstream_timeout", handling: "retry" },
    );
    expect(judge("SILENT_FAILURE", doc)).toEqual([
      { target: "plan.exceptions.5", message: 'Exception case "Permission denied" raises no alert, so the failed write goes unnoticed.' },
      {
        target: "plan.exceptions.6",
        message: 'Exception case "Downstream system times out" raises no alert, so the failed write goes unnoticed.',
      },
    ]);
  });

  it("does not fire with an alert, nor on cases where no write is lost", () => {
    const doc = cleanDoc();
    rows(doc.plan.exceptions).push(
      { case: "downstream_timeout", handling: "retry", alert: true },
      { case: "out_of_order_event", handling: "retry" },
    );
    expect(targets("SILENT_FAILURE", doc)).toEqual([]);
  });
});

describe("EXCEPTION_QUEUE_UNOWNED", () => {
  it("fires on a review queue or escalation with a blank or missing owner", () => {
    const doc = cleanDoc();
    at(doc.plan.exceptions, 0).owner = "  ";
    rows(doc.plan.exceptions).push({ case: "permission_denied", handling: "escalate", alert: true });
    expect(judge("EXCEPTION_QUEUE_UNOWNED", doc)).toEqual([
      {
        target: "plan.exceptions.0",
        message: 'Exception case "Required field missing" is handed to a person (send to a review queue), but nobody is named to take it.',
      },
      {
        target: "plan.exceptions.5",
        message: 'Exception case "Permission denied" is handed to a person (escalate to a person), but nobody is named to take it.',
      },
    ]);
  });

  it("does not fire on handlings that need no person", () => {
    const doc = cleanDoc();
    rows(doc.plan.exceptions).push({ case: "downstream_timeout", handling: "dead_letter", alert: true });
    expect(targets("EXCEPTION_QUEUE_UNOWNED", doc)).toEqual([]);
  });
});

describe("NO_ACCESS_CONTROL_PLAN", () => {
  it("fires on writes or sensitive data when the section is empty, saying which", () => {
    const doc = cleanDoc();
    doc.plan.accessControls = {};
    expect(judge("NO_ACCESS_CONTROL_PLAN", doc)).toEqual([
      {
        target: "plan.accessControls",
        message: "The AI writes to other systems and reads sensitive data, but no access controls are planned.",
      },
    ]);

    const sensitiveOnly = withoutWrites(cleanDoc());
    delete planOf(sensitiveOnly).accessControls;
    expect(onlyMessage("NO_ACCESS_CONTROL_PLAN", sensitiveOnly)).toBe("The AI reads sensitive data, but no access controls are planned.");
  });

  it("does not fire without writes or sensitive data, nor once one control is answered (false counts)", () => {
    const neither = withoutWrites(cleanDoc());
    neither.answers = { ...neither.answers, dataSources: [{ name: "Public price list", sensitivity: [] }] };
    delete planOf(neither).accessControls;
    expect(targets("NO_ACCESS_CONTROL_PLAN", neither)).toEqual([]);

    const answered = cleanDoc();
    answered.plan.accessControls = { secretRotation: false };
    expect(targets("NO_ACCESS_CONTROL_PLAN", answered)).toEqual([]);
  });
});

describe("ACCESS_CONTROL_GAPS", () => {
  it("names every control not true, false or missing, in field order", () => {
    const doc = cleanDoc();
    doc.plan.accessControls = { secretRotation: false, accessAudit: true, credentialsPerEnvironment: true };
    expect(judge("ACCESS_CONTROL_GAPS", doc)).toEqual([
      {
        target: "plan.accessControls",
        message: "The access controls do not yet include least-privilege service accounts, field-level masking and secret rotation.",
      },
    ]);
  });

  it("does not fire when all five are true, nor on an empty section (NO_ACCESS_CONTROL_PLAN's case)", () => {
    expect(targets("ACCESS_CONTROL_GAPS", cleanDoc())).toEqual([]);
    const empty = cleanDoc();
    empty.plan.accessControls = {};
    expect(targets("ACCESS_CONTROL_GAPS", empty)).toEqual([]);
  });
});

describe("NO_ROLLOUT_PLAN", () => {
  it("fires when Q9 is answered and there is no phase", () => {
    const doc = cleanDoc();
    doc.plan.rollout = [];
    expect(targets("NO_ROLLOUT_PLAN", doc)).toEqual(["plan.rollout"]);
  });

  it("does not fire without Q9, or with one phase", () => {
    const noLaunch = cleanDoc();
    delete noLaunch.plan.rollout;
    noLaunch.answers = { ...noLaunch.answers, firstLaunch: {} };
    expect(targets("NO_ROLLOUT_PLAN", noLaunch)).toEqual([]);

    const onePhase = cleanDoc();
    onePhase.plan.rollout = [{ name: "Pilot", stage: "pilot", rollbackCriteria: "Any data loss" }];
    expect(targets("NO_ROLLOUT_PLAN", onePhase)).toEqual([]);
  });
});

describe("BIG_BANG_ROLLOUT", () => {
  it("is a blocker on the first phase when its stage is full", () => {
    const doc = cleanDoc();
    doc.plan.rollout = [{ name: "Switch over", stage: "full", rollbackCriteria: "Any outage" }, ...PHASES];
    expect(judge("BIG_BANG_ROLLOUT", doc)).toEqual([
      {
        target: "plan.rollout.0",
        message: 'Phase "Switch over", the first phase, is already the full rollout: everyone switches over at once.',
      },
    ]);
  });

  it("does not fire when full rollout comes later (document order decides)", () => {
    expect(targets("BIG_BANG_ROLLOUT", cleanDoc())).toEqual([]);
  });
});

describe("PHASE_NO_ROLLBACK_CRITERIA", () => {
  it("is a blocker on every phase without rollback criteria, the last one included", () => {
    const doc = cleanDoc();
    at(doc.plan.rollout, 0).rollbackCriteria = " ";
    delete at(doc.plan.rollout, 2).rollbackCriteria;
    expect(judge("PHASE_NO_ROLLBACK_CRITERIA", doc)).toEqual([
      { target: "plan.rollout.0", message: 'Phase "Read-only visibility" has no rollback criteria, so nobody knows when to step back.' },
      { target: "plan.rollout.2", message: 'Phase "Everyone" has no rollback criteria, so nobody knows when to step back.' },
    ]);
  });

  it("names an unnamed phase by its stage", () => {
    const doc = cleanDoc();
    doc.plan.rollout = [{ stage: "shadow" }];
    expect(onlyMessage("PHASE_NO_ROLLBACK_CRITERIA", doc)).toBe(
      'An unnamed phase (stage: "Shadow writes") has no rollback criteria, so nobody knows when to step back.',
    );
  });
});

describe("WRITES_IN_FIRST_PHASE", () => {
  it("fires on a first phase that writes while a later phase exists", () => {
    const doc = cleanDoc();
    at(doc.plan.rollout, 0).writesEnabled = true;
    expect(targets("WRITES_IN_FIRST_PHASE", doc)).toEqual(["plan.rollout.0"]);
    expect(onlyMessage("WRITES_IN_FIRST_PHASE", doc)).toMatch(/^Phase "Read-only visibility", the first phase, already writes/);
  });

  it("does not fire on a single phase, nor on writes in a later phase only", () => {
    const single = cleanDoc();
    single.plan.rollout = [{ name: "Pilot", stage: "pilot", writesEnabled: true, rollbackCriteria: "Any loss" }];
    expect(targets("WRITES_IN_FIRST_PHASE", single)).toEqual([]);
    expect(targets("WRITES_IN_FIRST_PHASE", cleanDoc())).toEqual([]);
  });
});

describe("PHASE_NO_EXIT_CRITERIA", () => {
  it("fires on every phase but the last without exit criteria", () => {
    const doc = cleanDoc();
    delete at(doc.plan.rollout, 1).exitCriteria;
    expect(judge("PHASE_NO_EXIT_CRITERIA", doc)).toEqual([
      { target: "plan.rollout.1", message: 'Phase "EMEA pilot" has no exit criteria, so nothing decides when the next phase may start.' },
    ]);
  });

  it("does not fire on the last phase (it unlocks nothing), nor on a single phase", () => {
    const doc = cleanDoc();
    expect(at(doc.plan.rollout, 2).exitCriteria).toBeUndefined();
    expect(targets("PHASE_NO_EXIT_CRITERIA", doc)).toEqual([]);
    doc.plan.rollout = [{ name: "Pilot", rollbackCriteria: "Any loss" }];
    expect(targets("PHASE_NO_EXIT_CRITERIA", doc)).toEqual([]);
  });
});

describe("PHASE_DATES_OUT_OF_ORDER", () => {
  it("fires on a phase that ends before it starts", () => {
    const doc = cleanDoc();
    at(doc.plan.rollout, 1).end = "2027-01-31";
    expect(judge("PHASE_DATES_OUT_OF_ORDER", doc)).toEqual([
      { target: "plan.rollout.1", message: 'Phase "EMEA pilot" ends on 2027-01-31, before it starts on 2027-02-01.' },
    ]);
  });

  it("fires on a phase that starts before the previous phase starts, and says both when both hold", () => {
    const doc = cleanDoc();
    at(doc.plan.rollout, 2).start = "2027-01-04";
    expect(onlyMessage("PHASE_DATES_OUT_OF_ORDER", doc)).toBe(
      'Phase "Everyone" starts on 2027-01-04, before phase "EMEA pilot" (the phase before it) starts on 2027-02-01.',
    );
    at(doc.plan.rollout, 2).end = "2027-01-03";
    expect(onlyMessage("PHASE_DATES_OUT_OF_ORDER", doc)).toMatch(
      /ends on 2027-01-03, before it starts on 2027-01-04, and starts on 2027-01-04/,
    );
  });

  it("does not fire on equal dates, on overlapping phases that start in order, or across a missing date", () => {
    const doc = cleanDoc();
    at(doc.plan.rollout, 0).end = "2027-01-11"; // a one-day phase
    at(doc.plan.rollout, 1).start = "2027-01-11"; // starts with the previous one
    expect(targets("PHASE_DATES_OUT_OF_ORDER", doc)).toEqual([]);

    // The previous phase has no start: that comparison is skipped, not carried further back.
    const gap = cleanDoc();
    delete at(gap.plan.rollout, 1).start;
    at(gap.plan.rollout, 2).start = "2027-01-12";
    expect(targets("PHASE_DATES_OUT_OF_ORDER", gap)).toEqual([]);
  });

  it("compares real dates across months and years", () => {
    const doc = cleanDoc();
    doc.plan.rollout = [
      { name: "A", start: "2027-12-20", end: "2028-01-09", rollbackCriteria: "x", exitCriteria: "y" },
      { name: "B", start: "2027-09-30", rollbackCriteria: "x" },
    ];
    expect(targets("PHASE_DATES_OUT_OF_ORDER", doc)).toEqual(["plan.rollout.1"]);
  });
});

describe("NO_KPIS", () => {
  it("fires when Q1 is answered and there is no KPI", () => {
    const doc = cleanDoc();
    delete doc.plan.kpis;
    expect(targets("NO_KPIS", doc)).toEqual(["plan.kpis"]);
  });

  it("does not fire without Q1, or when KPIs are declared not applicable", () => {
    const noWorkflow = cleanDoc();
    delete noWorkflow.plan.kpis;
    noWorkflow.answers = { ...noWorkflow.answers, workflow: { name: " " } };
    expect(targets("NO_KPIS", noWorkflow)).toEqual([]);

    const declared = cleanDoc();
    delete declared.plan.kpis;
    declared.plan.notApplicable = { kpis: "Measured by the parent programme" };
    expect(targets("NO_KPIS", declared)).toEqual([]);
  });
});

describe("KPI_SET_ONE_SIDED", () => {
  it("fires when every KPI with a kind is technical, naming the missing kind", () => {
    const doc = cleanDoc();
    doc.plan.kpis = [at(doc.plan.kpis, 0), { name: "Duplicate records per day" }];
    expect(judge("KPI_SET_ONE_SIDED", doc)).toEqual([
      { target: "plan.kpis", message: "Every KPI with a kind is technical; there is no operational KPI." },
    ]);
  });

  it("does not fire with both kinds, nor when no KPI has a kind", () => {
    expect(targets("KPI_SET_ONE_SIDED", cleanDoc())).toEqual([]);
    const unknown = cleanDoc();
    unknown.plan.kpis = [{ name: "Backlog", baseline: 10, target: 5, better: "lower" }];
    expect(targets("KPI_SET_ONE_SIDED", unknown)).toEqual([]);
  });
});

describe("KPI_NO_BASELINE", () => {
  it("fires on a KPI without a baseline, but not on a baseline of 0", () => {
    const doc = cleanDoc();
    delete at(doc.plan.kpis, 1).baseline;
    at(doc.plan.kpis, 2).baseline = 0;
    expect(judge("KPI_NO_BASELINE", doc)).toEqual([
      {
        target: "plan.kpis.1",
        message: 'KPI "Minutes to first touch" has no baseline, so no one can show whether the integration moved it.',
      },
    ]);
  });
});

describe("KPI_TARGET_NOT_BETTER", () => {
  it("with better lower, fires on a higher target and on an equal one", () => {
    const doc = cleanDoc();
    at(doc.plan.kpis, 0).target = 5;
    at(doc.plan.kpis, 1).target = 240;
    expect(judge("KPI_TARGET_NOT_BETTER", doc)).toEqual([
      {
        target: "plan.kpis.0",
        message: 'KPI "Sync failure rate" aims for 5 from a baseline of 4.2 (lower is better), which is no improvement.',
      },
      {
        target: "plan.kpis.1",
        message: 'KPI "Minutes to first touch" aims for 240 from a baseline of 240 (lower is better), which is no improvement.',
      },
    ]);
  });

  it("with better higher, fires on a lower target and not on a higher one", () => {
    const doc = cleanDoc();
    at(doc.plan.kpis, 2).target = 39.5;
    expect(targets("KPI_TARGET_NOT_BETTER", doc)).toEqual(["plan.kpis.2"]);
    at(doc.plan.kpis, 2).target = 40.5;
    expect(targets("KPI_TARGET_NOT_BETTER", doc)).toEqual([]);
  });

  it("without a direction, fires only on an equal target", () => {
    const doc = cleanDoc();
    doc.plan.kpis = [
      { name: "Same", kind: "technical", baseline: 3, target: 3, alertThreshold: 4 },
      { name: "Changed", kind: "operational", baseline: 3, target: 9 },
    ];
    expect(judge("KPI_TARGET_NOT_BETTER", doc)).toEqual([
      { target: "plan.kpis.0", message: 'KPI "Same" aims for 3 from a baseline of 3 (no direction set), which is no improvement.' },
    ]);
  });

  it("does not fire when the baseline or the target is missing", () => {
    const doc = cleanDoc();
    delete at(doc.plan.kpis, 0).baseline;
    delete at(doc.plan.kpis, 1).target;
    at(doc.plan.kpis, 1).baseline = 999;
    expect(targets("KPI_TARGET_NOT_BETTER", doc)).toEqual([]);
  });
});

describe("KPI_NO_ALERT", () => {
  it("is info on a technical KPI without an alert threshold", () => {
    const doc = cleanDoc();
    delete at(doc.plan.kpis, 0).alertThreshold;
    expect(judge("KPI_NO_ALERT", doc)).toEqual([
      {
        target: "plan.kpis.0",
        message: 'KPI "Sync failure rate" is technical but has no alert threshold, so nobody is told when it degrades.',
      },
    ]);
  });

  it("does not fire on operational KPIs, or with a threshold of 0", () => {
    const doc = cleanDoc();
    at(doc.plan.kpis, 0).alertThreshold = 0;
    expect(at(doc.plan.kpis, 1).alertThreshold).toBeUndefined();
    expect(targets("KPI_NO_ALERT", doc)).toEqual([]);
  });
});

describe("ROI_NEGATIVE", () => {
  it("fires when the monthly net is negative, with the figures", () => {
    const doc = cleanDoc();
    doc.plan.roi = { runsPerMonth: 100, minutesSavedPerRun: 3, hourlyCost: 40, buildCost: 12000, monthlyRunCost: 1250.5, currency: "EUR" };
    expect(judge("ROI_NEGATIVE", doc)).toEqual([
      {
        target: "plan.roi",
        message:
          "The time saved is worth 200.00 EUR a month against 1,250.50 EUR of running cost, a monthly net of -1,050.50 EUR: the build never pays back.",
      },
    ]);
  });

  it("fires when the monthly net is exactly 0", () => {
    const doc = cleanDoc();
    doc.plan.roi = { runsPerMonth: 60, minutesSavedPerRun: 10, hourlyCost: 30, buildCost: 0, monthlyRunCost: 300 };
    expect(onlyMessage("ROI_NEGATIVE", doc)).toContain("a monthly net of 0.00:");
  });

  it("does not fire on a positive net, nor while one of the five numbers is missing", () => {
    expect(targets("ROI_NEGATIVE", cleanDoc())).toEqual([]);
    const partial = cleanDoc();
    partial.plan.roi = { runsPerMonth: 1, minutesSavedPerRun: 1, hourlyCost: 1, monthlyRunCost: 5000 };
    expect(targets("ROI_NEGATIVE", partial)).toEqual([]);
  });
});

describe("ROI_SLOW_PAYBACK", () => {
  // 100 runs × 60 minutes = 100 hours × 10 = 1,000 a month, minus 0 running cost.
  const roiWithBuild = (buildCost: number) => ({ runsPerMonth: 100, minutesSavedPerRun: 60, hourlyCost: 10, buildCost, monthlyRunCost: 0 });

  it("is info when payback takes more than 12 months", () => {
    const doc = cleanDoc();
    doc.plan.roi = roiWithBuild(12500);
    expect(judge("ROI_SLOW_PAYBACK", doc)).toEqual([
      { target: "plan.roi", message: "The build pays back after 12.50 months, more than a year." },
    ]);
  });

  it("does not fire at exactly 12 months", () => {
    const doc = cleanDoc();
    doc.plan.roi = roiWithBuild(12000);
    expect(targets("ROI_SLOW_PAYBACK", doc)).toEqual([]);
  });

  it("compares unrounded: 12.004 months fires although it shows as 12.00", () => {
    const doc = cleanDoc();
    doc.plan.roi = roiWithBuild(12004);
    expect(onlyMessage("ROI_SLOW_PAYBACK", doc)).toBe("The build pays back after 12.00 months, more than a year.");
  });

  it("does not fire when it never pays back (ROI_NEGATIVE's case)", () => {
    const doc = cleanDoc();
    doc.plan.roi = { ...roiWithBuild(50000), monthlyRunCost: 1000 };
    expect(targets("ROI_SLOW_PAYBACK", doc)).toEqual([]);
    expect(targets("ROI_NEGATIVE", doc)).toEqual(["plan.roi"]);
  });
});

describe("NA_SECTION_HAS_CONTENT", () => {
  it("fires at each section declared not applicable that has content, in section order, quoting the reason", () => {
    const doc = cleanDoc();
    doc.plan.notApplicable = { roi: "Compliance-driven change; no labour is saved", exceptions: "Handled by the iPaaS" };
    expect(judge("NA_SECTION_HAS_CONTENT", doc)).toEqual([
      {
        target: "plan.exceptions",
        message: 'The exceptions section is declared not applicable ("Handled by the iPaaS") but is filled in; its content is ignored.',
      },
      {
        target: "plan.roi",
        message:
          'The ROI section is declared not applicable ("Compliance-driven change; no labour is saved") but is filled in; its content is ignored.',
      },
    ]);
  });

  it("does not fire on a declared section that is empty, blank or holds only blank rows", () => {
    const doc = cleanDoc();
    doc.plan.notApplicable = {
      roi: "No labour saved",
      kpis: "Parent programme",
      workflowMap: "Unchanged workflow",
      enablement: "No change for people",
    };
    delete doc.plan.roi;
    doc.plan.kpis = [{}, { name: "  " }];
    doc.plan.enablement = {};
    expect(targets("NA_SECTION_HAS_CONTENT", doc)).toEqual([]);
  });

  it("sees false and 0 as content", () => {
    const doc = cleanDoc();
    doc.plan.notApplicable = { accessControls: "Covered by the platform team" };
    doc.plan.accessControls = { secretRotation: false };
    expect(targets("NA_SECTION_HAS_CONTENT", doc)).toEqual(["plan.accessControls"]);
  });
});

describe("ENABLEMENT_GAPS", () => {
  it("names every duty not true, false or missing, in a fixed order", () => {
    const doc = cleanDoc();
    doc.plan.enablement = { incidentOwnersPublished: false, frontlineTrained: true, stabilizationReviews: "weekly", stabilizationDays: 30 };
    expect(judge("ENABLEMENT_GAPS", doc)).toEqual([
      {
        target: "plan.enablement",
        message:
          "These enablement steps are not confirmed: SOPs and escalation guides updated, leads trained on failure handling and incident owners published.",
      },
    ]);
  });

  it("does not fire when all four are true, nor on an empty section", () => {
    expect(targets("ENABLEMENT_GAPS", cleanDoc())).toEqual([]);
    const empty = cleanDoc();
    delete empty.plan.enablement;
    expect(targets("ENABLEMENT_GAPS", empty)).toEqual([]);
  });
});

describe("NO_STABILIZATION_REVIEWS", () => {
  it("fires when reviews are none, or missing", () => {
    const none = cleanDoc();
    none.plan.enablement = { ...none.plan.enablement, stabilizationReviews: "none" };
    expect(judge("NO_STABILIZATION_REVIEWS", none)).toEqual([
      { target: "plan.enablement", message: "After go-live, no reviews are planned, so early defects and friction may go unreviewed." },
    ]);

    const missing = cleanDoc();
    delete missing.plan.enablement?.stabilizationReviews;
    expect(onlyMessage("NO_STABILIZATION_REVIEWS", missing)).toBe(
      "After go-live, no review cadence is set, so early defects and friction may go unreviewed.",
    );
  });

  it("fires when the period is under 30 days, and names both problems when both hold", () => {
    const short = cleanDoc();
    short.plan.enablement = { ...short.plan.enablement, stabilizationDays: 29 };
    expect(onlyMessage("NO_STABILIZATION_REVIEWS", short)).toBe(
      "After go-live, the stabilization period is 29 days, shorter than 30, so early defects and friction may go unreviewed.",
    );
    short.plan.enablement = { sopsUpdated: true, stabilizationDays: 0 };
    expect(onlyMessage("NO_STABILIZATION_REVIEWS", short)).toBe(
      "After go-live, no review cadence is set and the stabilization period is 0 days, shorter than 30, so early defects and friction may go unreviewed.",
    );
  });

  it("does not fire at 30 days, nor on a cadence whose period is missing", () => {
    const thirty = cleanDoc();
    thirty.plan.enablement = { ...thirty.plan.enablement, stabilizationDays: 30 };
    expect(targets("NO_STABILIZATION_REVIEWS", thirty)).toEqual([]);

    const noPeriod = cleanDoc();
    delete noPeriod.plan.enablement?.stabilizationDays;
    expect(targets("NO_STABILIZATION_REVIEWS", noPeriod)).toEqual([]);
  });
});
