/**
 * Ruleset 2.0.0, first half: the workflow map, field mapping, API contract and action
 * contract rules. Each rule's `check` runs directly, gated the way the engine gates it
 * (questions in `requires`, plan sections in `requiresPlan`, sections declared not
 * applicable), on a small document where it fires and a close variant where it does not.
 */
import { describe, expect, it } from "vitest";
import { PLAN_SECTION_KEYS, QUESTION_KEYS, type PlanSectionKey, type QuestionKey } from "@/lib/readiness/keys";
import { hasContent } from "@/lib/readiness/engine/answered";
import { RULES_ADDED_IN_V2 } from "@/lib/readiness/rules/registry-v2";
import { RULE_IDS_ADDED_IN_V2, type AnyRuleId } from "@/lib/readiness/rules/ids";
import type { JudgedDocument, RuleContext, RuleDefinition } from "@/lib/readiness/rules/types";
import type { ActionRowV2, FieldMappingRow, Plan } from "@/lib/readiness/schema/assessment-v2";
import type { SourceOfTruthRow, TestCaseRow } from "@/lib/readiness/schema/assessment";
import {
  ACTION_CONTRACT_FIELDS,
  CREDENTIAL_SCOPE_LABELS,
  RISK_TIER_LABELS,
  ROLLBACK_KIND_LABELS,
} from "@/lib/readiness/framework/plan-text/action-contract";
import { API_CONTRACTS_TEXT } from "@/lib/readiness/framework/plan-text/api-contracts";
import { FIELD_MAPPINGS_TEXT, MAPPING_KIND_LABELS, VALUE_MAP_PAIR_FIELDS } from "@/lib/readiness/framework/plan-text/field-mappings";
import { WORKFLOW_MAP_TEXT } from "@/lib/readiness/framework/plan-text/workflow-map";

const MINE = RULE_IDS_ADDED_IN_V2.slice(0, 20);

function contextFor(document: JudgedDocument): RuleContext {
  const answered = {} as Record<QuestionKey, boolean>;
  for (const key of QUESTION_KEYS) {
    const section: unknown = document.answers?.[key];
    answered[key] = Array.isArray(section) ? section.length > 0 : hasContent(section);
  }
  const planAnswered = {} as Record<PlanSectionKey, boolean>;
  for (const key of PLAN_SECTION_KEYS) {
    const section: unknown = document.plan?.[key];
    const declared = document.plan?.notApplicable?.[key] !== undefined;
    planAnswered[key] = declared || (Array.isArray(section) ? section.length > 0 : hasContent(section));
  }
  return { answered, planAnswered, priorFindings: [], blockersPerQuestion: new Map() };
}

function ruleOf(id: AnyRuleId): RuleDefinition {
  const rule = RULES_ADDED_IN_V2.find((candidate) => candidate.id === id);
  if (rule === undefined) throw new Error(`rule ${id} is not registered`);
  return rule;
}

interface Hit {
  ruleId: AnyRuleId;
  severity: string;
  track: string | undefined;
  target: string;
  message: string;
}

/** What the engine would report for one rule: gated, then `check`. */
function hitsOf(id: AnyRuleId, document: JudgedDocument): Hit[] {
  const rule = ruleOf(id);
  const context = contextFor(document);
  const na = document.plan?.notApplicable ?? {};
  const sections = [...(rule.planSection === undefined ? [] : [rule.planSection]), ...(rule.requiresPlan ?? [])];
  if (sections.some((section) => na[section] !== undefined)) return [];
  if (!rule.requires.every((question) => context.answered[question])) return [];
  if (!(rule.requiresPlan ?? []).every((section) => context.planAnswered[section])) return [];
  return rule.check(document, context).map((hit) => ({
    ruleId: rule.id,
    severity: rule.severity,
    track: rule.track,
    target: hit.target,
    message: hit.message,
  }));
}

function targetsOf(id: AnyRuleId, document: JudgedDocument): string[] {
  return hitsOf(id, document).map((hit) => hit.target);
}

function doc(parts: { answers?: JudgedDocument["answers"]; plan?: Plan }): JudgedDocument {
  return { format: "preflight.assessment/v2", ...parts };
}

/** A Q1 answer, enough to make the question answered. */
const WORKFLOW = { name: "Route inbound support tickets" };

describe("the rules of this group", () => {
  it("are the first twenty ids of 2.0.0, registered once each, stage 1, with a track and a home", () => {
    const mine = RULES_ADDED_IN_V2.filter((rule) => (MINE as readonly string[]).includes(rule.id));
    expect(mine.map((rule) => rule.id)).toEqual(MINE);
    for (const rule of mine) {
      expect(rule.stage).toBe(1);
      expect(rule.track).toBeDefined();
      // Exactly one of question / planSection.
      expect((rule.question === undefined) !== (rule.planSection === undefined)).toBe(true);
      expect(rule.source).toMatch(/^00[0-4] §\S/);
      expect(rule.title.length).toBeGreaterThan(0);
      expect(rule.remediation.length).toBeGreaterThan(0);
      // Empty-section rules never require their own section.
      if (rule.planSection !== undefined && rule.id.startsWith("NO_")) expect(rule.requiresPlan ?? []).not.toContain(rule.planSection);
    }
  });

  it("never crash on rows whose fields are all missing", () => {
    const document = doc({
      answers: { workflow: WORKFLOW, sourceOfTruth: [{}], actions: [{}], testCases: [{}] },
      plan: { workflowMap: [{}], fieldMappings: [{}, {}], apiContracts: [{}] },
    });
    for (const id of MINE) expect(() => hitsOf(id, document)).not.toThrow();
    expect(hitsOf("MAPPING_INCOMPLETE", document)[0]?.message).toBe(
      "A mapping row with no fields named has no source system, source field, target system or target field, so nobody can review where the value comes from and where it lands.",
    );
    expect(hitsOf("API_CONTRACT_GAPS", document)[0]?.message).toContain(
      "An API contract with no system or version does not state its system, rate limit",
    );
    expect(hitsOf("STEP_UNOWNED", document)[0]?.message).toContain("A workflow step with no description names no owner");
  });

  it("give the same messages when every list is reversed (only targets move)", () => {
    const answers: JudgedDocument["answers"] = {
      workflow: WORKFLOW,
      sourceOfTruth: [
        { object: "contact", owningSystem: "crm", aiAccess: "update" },
        { object: "ticket", owningSystem: "support_desk", syncDirection: "bidirectional" },
        { object: "account", owningSystem: "crm" },
        { object: "account", owningSystem: "erp" },
      ],
      actions: [
        { name: "Close the ticket", kind: "update", approval: "automated", riskTier: "medium", rollback: "none" },
        { name: "Refund", kind: "trigger", approval: "guardrails", riskTier: "high", credentialScope: "shared_broad" },
        { kind: "update" },
      ],
      testCases: [{ scenario: "Duplicate", category: "duplicate_accounts", status: "fail" }],
    };
    const plan: Plan = {
      workflowMap: [{ step: "Triage", manualWorkaround: true }, { step: "Re-key", reentersData: true, owner: "Ops" }, {}],
      fieldMappings: [
        {
          object: "contact",
          sourceSystem: "marketing_automation",
          sourceField: "mail",
          targetSystem: "crm",
          targetField: "Email",
          direction: "one_way",
        },
        {
          object: "contact",
          sourceSystem: "support_desk",
          sourceField: "email",
          targetSystem: "crm",
          targetField: "email ",
          direction: "bidirectional",
        },
        { object: "account", sourceSystem: "erp", sourceField: "Name", targetSystem: "crm", targetField: "EMAIL", kind: "status" },
        { object: "invoice", sourceSystem: "billing" },
      ],
      apiContracts: [{ system: "crm", apiVersion: "v58" }, { rateLimit: "10/s" }],
    };
    const forward = doc({ answers, plan });
    const backward = doc({
      answers: { ...answers, sourceOfTruth: [...(answers.sourceOfTruth ?? [])].reverse(), actions: [...(answers.actions ?? [])].reverse() },
      plan: {
        workflowMap: [...(plan.workflowMap ?? [])].reverse(),
        fieldMappings: [...(plan.fieldMappings ?? [])].reverse(),
        apiContracts: [...(plan.apiContracts ?? [])].reverse(),
      },
    });
    let fired = 0;
    for (const id of MINE) {
      const messages = hitsOf(id, forward).map((hit) => hit.message);
      fired += messages.length;
      expect(
        hitsOf(id, backward)
          .map((hit) => hit.message)
          .sort(),
      ).toEqual(messages.sort());
      for (const message of messages) expect(message).not.toMatch(/\d+(st|nd|rd|th)? (row|step|mapping)|row \d/i);
    }
    expect(fired).toBeGreaterThan(15);
  });
});

// ---------------------------------------------------------------- workflow map

describe("NO_WORKFLOW_MAP", () => {
  it("fires when Q1 is answered and the map is empty", () => {
    expect(hitsOf("NO_WORKFLOW_MAP", doc({ answers: { workflow: WORKFLOW } }))).toEqual([
      {
        ruleId: "NO_WORKFLOW_MAP",
        severity: "warning",
        track: "launch-gate",
        target: "plan.workflowMap",
        message: expect.stringContaining("not mapped step by step"),
      },
    ]);
    expect(targetsOf("NO_WORKFLOW_MAP", doc({ answers: { workflow: WORKFLOW }, plan: { workflowMap: [] } }))).toEqual(["plan.workflowMap"]);
  });

  it("does not fire with one step, without Q1, or when the map is declared not applicable", () => {
    expect(
      targetsOf("NO_WORKFLOW_MAP", doc({ answers: { workflow: WORKFLOW }, plan: { workflowMap: [{ step: "Ticket arrives" }] } })),
    ).toEqual([]);
    expect(targetsOf("NO_WORKFLOW_MAP", doc({ plan: {} }))).toEqual([]);
    expect(
      targetsOf(
        "NO_WORKFLOW_MAP",
        doc({ answers: { workflow: WORKFLOW }, plan: { notApplicable: { workflowMap: "One step, nothing to map" } } }),
      ),
    ).toEqual([]);
  });
});

describe("STEP_UNOWNED", () => {
  it("fires on a step without an owner (blank counts as missing), naming the step", () => {
    const document = doc({
      plan: {
        workflowMap: [
          { step: "Lead lands in the web form", owner: "Marketing ops" },
          { step: "Rep re-keys the lead", owner: "  " },
        ],
      },
    });
    expect(hitsOf("STEP_UNOWNED", document)).toEqual([
      {
        ruleId: "STEP_UNOWNED",
        severity: "warning",
        track: "launch-gate",
        target: "plan.workflowMap.1",
        message: 'Step "Rep re-keys the lead" names no owner, so nobody answers for it when the integration changes or breaks it.',
      },
    ]);
  });

  it("does not fire when every step is owned", () => {
    expect(targetsOf("STEP_UNOWNED", doc({ plan: { workflowMap: [{ step: "Rep re-keys the lead", owner: "Sales" }] } }))).toEqual([]);
  });
});

describe("WORKFLOW_STEP_FRAGILE", () => {
  it("fires once per step, naming which fragility holds", () => {
    const document = doc({
      plan: {
        workflowMap: [
          { step: "Agent copies the order number", manualWorkaround: true, reentersData: true },
          { step: "Lead lands in the web form", reentersData: true },
          { step: "Export to spreadsheet", manualWorkaround: true, reentersData: false },
        ],
      },
    });
    const hits = hitsOf("WORKFLOW_STEP_FRAGILE", document);
    expect(hits.map((hit) => [hit.target, hit.severity, hit.track])).toEqual([
      ["plan.workflowMap.0", "info", "launch-gate"],
      ["plan.workflowMap.1", "info", "launch-gate"],
      ["plan.workflowMap.2", "info", "launch-gate"],
    ]);
    expect(hits[0]?.message).toMatch(/^Step "Agent copies the order number" is a manual workaround and re-enters data by hand;/);
    expect(hits[1]?.message).toMatch(/^Step "Lead lands in the web form" re-enters data by hand;/);
    expect(hits[2]?.message).toMatch(/^Step "Export to spreadsheet" is a manual workaround;/);
  });

  it("does not fire on false or missing flags", () => {
    const document = doc({ plan: { workflowMap: [{ step: "Route", manualWorkaround: false, reentersData: false }, { step: "Close" }] } });
    expect(targetsOf("WORKFLOW_STEP_FRAGILE", document)).toEqual([]);
  });
});

// ---------------------------------------------------------------- field mappings

const EMAIL: FieldMappingRow = {
  object: "contact",
  sourceSystem: "crm",
  sourceField: "Email",
  targetSystem: "support_desk",
  targetField: "requester_email",
  kind: "value",
  direction: "one_way",
};

const CONTACT_IN_CRM: SourceOfTruthRow = { object: "contact", owningSystem: "crm", aiAccess: "read", syncDirection: "one_way" };

describe("NO_FIELD_MAPPING", () => {
  it.each([
    ["a bidirectional row", { object: "contact", owningSystem: "crm", syncDirection: "bidirectional", conflictRule: "CRM wins" }],
    ["AI update access", { object: "contact", owningSystem: "crm", aiAccess: "update" }],
    ["AI trigger access", { object: "contact", owningSystem: "crm", aiAccess: "trigger" }],
  ] as const)("fires when Q2 has %s and the sheet is empty", (_label, row) => {
    const hits = hitsOf("NO_FIELD_MAPPING", doc({ answers: { sourceOfTruth: [CONTACT_IN_CRM, row] } }));
    expect(hits.map((hit) => [hit.target, hit.severity, hit.track])).toEqual([["plan.fieldMappings", "warning", "semantics"]]);
    expect(hits[0]?.message).toBe(
      'Data moves between systems (a two-way sync or AI updates for object "Contact"), but no field mapping says which field feeds which and how it is transformed.',
    );
  });

  it("names the objects in a fixed order, whatever the row order", () => {
    const rows: SourceOfTruthRow[] = [
      { object: "ticket", aiAccess: "update" },
      { object: "custom:Renewal quote", syncDirection: "bidirectional" },
      { object: "account", aiAccess: "trigger" },
      { object: "invoice", aiAccess: "update" },
    ];
    const forward = hitsOf("NO_FIELD_MAPPING", doc({ answers: { sourceOfTruth: rows } }))[0]?.message;
    const backward = hitsOf("NO_FIELD_MAPPING", doc({ answers: { sourceOfTruth: [...rows].reverse() } }))[0]?.message;
    expect(forward).toBe(backward);
    expect(forward).toContain("and 1 more), but");
  });

  it("does not fire when nothing moves, when the sheet has a row, or when it is declared not applicable", () => {
    expect(
      targetsOf("NO_FIELD_MAPPING", doc({ answers: { sourceOfTruth: [CONTACT_IN_CRM, { object: "ticket", aiAccess: "suggest" }] } })),
    ).toEqual([]);
    const moving = { sourceOfTruth: [{ object: "contact", aiAccess: "update" } as const] };
    expect(targetsOf("NO_FIELD_MAPPING", doc({ answers: moving, plan: { fieldMappings: [EMAIL] } }))).toEqual([]);
    expect(
      targetsOf("NO_FIELD_MAPPING", doc({ answers: moving, plan: { notApplicable: { fieldMappings: "Mapped in the vendor's tool" } } })),
    ).toEqual([]);
  });
});

describe("MAPPING_INCOMPLETE", () => {
  it("fires on a row lacking one end, naming the row by what it has and the missing parts in field order", () => {
    const document = doc({
      plan: { fieldMappings: [EMAIL, { ...EMAIL, targetSystem: undefined, targetField: " " }, { ...EMAIL, sourceSystem: undefined }] },
    });
    const hits = hitsOf("MAPPING_INCOMPLETE", document);
    expect(hits.map((hit) => [hit.target, hit.severity, hit.track])).toEqual([
      ["plan.fieldMappings.1", "warning", "semantics"],
      ["plan.fieldMappings.2", "warning", "semantics"],
    ]);
    expect(hits[0]?.message).toMatch(/^Mapping "CRM Email → \?" has no target system or target field,/);
    expect(hits[1]?.message).toMatch(/^Mapping "Email → Support desk requester_email" has no source system,/);
  });

  it("does not fire on a complete row", () => {
    expect(targetsOf("MAPPING_INCOMPLETE", doc({ plan: { fieldMappings: [EMAIL] } }))).toEqual([]);
  });
});

describe("MAPPING_BIDIRECTIONAL_NO_RULE", () => {
  it("fires (blocker) on a two-way row without a conflict rule", () => {
    const document = doc({ plan: { fieldMappings: [{ ...EMAIL, direction: "bidirectional", conflictRule: "" }] } });
    expect(hitsOf("MAPPING_BIDIRECTIONAL_NO_RULE", document)).toEqual([
      {
        ruleId: "MAPPING_BIDIRECTIONAL_NO_RULE",
        severity: "blocker",
        track: "semantics",
        target: "plan.fieldMappings.0",
        message:
          'Mapping "CRM Email → Support desk requester_email" syncs both ways without a conflict rule, so each system can silently overwrite the other\'s edits.',
      },
    ]);
  });

  it("does not fire with a conflict rule, or on a one-way row without one", () => {
    const rows = [
      { ...EMAIL, direction: "bidirectional" as const, conflictRule: "CRM wins" },
      { ...EMAIL, conflictRule: undefined },
    ];
    expect(targetsOf("MAPPING_BIDIRECTIONAL_NO_RULE", doc({ plan: { fieldMappings: rows } }))).toEqual([]);
  });
});

describe("MAPPING_TARGET_TWO_SOURCES", () => {
  const FROM_BILLING: FieldMappingRow = {
    ...EMAIL,
    sourceSystem: "billing",
    sourceField: "contact_email",
    targetField: " Requester_Email ",
  };

  it("fires on every row of a group written from different sources when one lacks a conflict rule", () => {
    const document = doc({
      plan: { fieldMappings: [EMAIL, { ...EMAIL, targetField: "subject" }, { ...FROM_BILLING, conflictRule: "Billing wins" }] },
    });
    const hits = hitsOf("MAPPING_TARGET_TWO_SOURCES", document);
    expect(hits.map((hit) => [hit.target, hit.severity, hit.track])).toEqual([
      ["plan.fieldMappings.0", "blocker", "semantics"],
      ["plan.fieldMappings.2", "blocker", "semantics"],
    ]);
    expect(hits[0]?.message).toBe(
      'Mapping "CRM Email → Support desk requester_email" writes a target field that "Billing contact_email" also writes, and not every one of these mappings has a conflict rule, so whichever runs last wins.',
    );
    expect(hits[1]?.message).toContain('that "CRM Email" also writes');
  });

  it("counts a row's target side whatever its direction", () => {
    const document = doc({ plan: { fieldMappings: [{ ...EMAIL, direction: "bidirectional" }, FROM_BILLING] } });
    expect(targetsOf("MAPPING_TARGET_TWO_SOURCES", document)).toEqual(["plan.fieldMappings.0", "plan.fieldMappings.1"]);
  });

  it("names other sources in code-point order, then how many more", () => {
    const rows: FieldMappingRow[] = [
      EMAIL,
      FROM_BILLING,
      { ...EMAIL, sourceSystem: "erp", sourceField: "mail" },
      { ...EMAIL, sourceSystem: "chat", sourceField: "email" },
      { ...EMAIL, sourceSystem: "telephony", sourceField: "caller_email" },
    ];
    const message = hitsOf("MAPPING_TARGET_TWO_SOURCES", doc({ plan: { fieldMappings: rows } }))[0]?.message;
    expect(message).toContain('that "Billing contact_email", "Chat email", "ERP mail" and 1 more also write,');
    const reversed = hitsOf("MAPPING_TARGET_TWO_SOURCES", doc({ plan: { fieldMappings: [...rows].reverse() } }));
    expect(reversed.find((hit) => hit.target === "plan.fieldMappings.4")?.message).toBe(message);
  });

  it("leaves out rows with no source at all, but tells a partial source from a full one", () => {
    const unsourced = [EMAIL, { ...EMAIL, sourceSystem: undefined, sourceField: " " }];
    expect(targetsOf("MAPPING_TARGET_TWO_SOURCES", doc({ plan: { fieldMappings: unsourced } }))).toEqual([]);
    const partial = [EMAIL, { ...EMAIL, sourceField: undefined }];
    const hits = hitsOf("MAPPING_TARGET_TWO_SOURCES", doc({ plan: { fieldMappings: partial } }));
    expect(hits.map((hit) => hit.target)).toEqual(["plan.fieldMappings.0", "plan.fieldMappings.1"]);
    expect(hits[0]?.message).toContain('that "CRM" also writes');
  });

  it("does not fire when both writers have conflict rules", () => {
    const rows = [
      { ...EMAIL, conflictRule: "Newest wins" },
      { ...FROM_BILLING, conflictRule: "Billing wins" },
    ];
    expect(targetsOf("MAPPING_TARGET_TWO_SOURCES", doc({ plan: { fieldMappings: rows } }))).toEqual([]);
  });

  it("does not fire on the same source twice (field compared trimmed, ignoring case), or on different targets", () => {
    const same = [EMAIL, { ...EMAIL, sourceField: " email", targetField: "REQUESTER_EMAIL" }];
    expect(targetsOf("MAPPING_TARGET_TWO_SOURCES", doc({ plan: { fieldMappings: same } }))).toEqual([]);
    const otherSystem = [EMAIL, { ...FROM_BILLING, targetSystem: "crm" as const }];
    expect(targetsOf("MAPPING_TARGET_TWO_SOURCES", doc({ plan: { fieldMappings: otherSystem } }))).toEqual([]);
  });
});

describe("MAPPING_OVERWRITES_OWNER", () => {
  const INTO_CRM: FieldMappingRow = {
    object: "contact",
    sourceSystem: "marketing_automation",
    sourceField: "email_address",
    targetSystem: "crm",
    targetField: "Email",
    direction: "one_way",
  };

  it("fires on a one-way row into the object's only owner from another system, without a conflict rule", () => {
    const document = doc({ answers: { sourceOfTruth: [CONTACT_IN_CRM] }, plan: { fieldMappings: [EMAIL, INTO_CRM] } });
    expect(hitsOf("MAPPING_OVERWRITES_OWNER", document)).toEqual([
      {
        ruleId: "MAPPING_OVERWRITES_OWNER",
        severity: "blocker",
        track: "semantics",
        target: "plan.fieldMappings.1",
        message:
          'Mapping "Marketing automation email_address → CRM Email" pushes Marketing automation data one way into CRM, the owning system of object "Contact", with no conflict rule, so it can overwrite the system of record.',
      },
    ]);
  });

  it("compares custom objects as Q2 does (case and spacing ignored)", () => {
    const quote: FieldMappingRow = { ...INTO_CRM, object: "custom: renewal  Quote" };
    const document = doc({
      answers: { sourceOfTruth: [{ object: "custom:Renewal quote", owningSystem: "crm" }] },
      plan: { fieldMappings: [quote] },
    });
    expect(hitsOf("MAPPING_OVERWRITES_OWNER", document)[0]?.message).toContain('the owning system of custom object "renewal Quote"');
  });

  it("does not fire when Q2 names two owners for the object", () => {
    const owners: SourceOfTruthRow[] = [CONTACT_IN_CRM, { object: "contact", owningSystem: "marketing_automation" }];
    expect(targetsOf("MAPPING_OVERWRITES_OWNER", doc({ answers: { sourceOfTruth: owners }, plan: { fieldMappings: [INTO_CRM] } }))).toEqual(
      [],
    );
  });

  it("does not fire with a conflict rule, a missing or two-way direction, or when the target is not the owner", () => {
    const answers = { sourceOfTruth: [CONTACT_IN_CRM] };
    const rows: FieldMappingRow[] = [
      { ...INTO_CRM, conflictRule: "Only fills blanks" },
      { ...INTO_CRM, direction: undefined },
      { ...INTO_CRM, direction: "bidirectional" },
      { ...INTO_CRM, targetSystem: "support_desk" },
      { ...INTO_CRM, sourceSystem: "crm" },
    ];
    expect(targetsOf("MAPPING_OVERWRITES_OWNER", doc({ answers, plan: { fieldMappings: rows } }))).toEqual([]);
  });

  it("needs Q2 answered", () => {
    expect(targetsOf("MAPPING_OVERWRITES_OWNER", doc({ plan: { fieldMappings: [INTO_CRM] } }))).toEqual([]);
  });
});

describe("MAPPING_OBJECT_UNOWNED", () => {
  it("fires on a row whose object has no row in Q2", () => {
    const document = doc({
      answers: { sourceOfTruth: [CONTACT_IN_CRM] },
      plan: { fieldMappings: [EMAIL, { ...EMAIL, object: "ticket", sourceField: "Case" }] },
    });
    expect(hitsOf("MAPPING_OBJECT_UNOWNED", document)).toEqual([
      {
        ruleId: "MAPPING_OBJECT_UNOWNED",
        severity: "warning",
        track: "semantics",
        target: "plan.fieldMappings.1",
        message:
          'Mapping "CRM Case → Support desk requester_email" maps object "Ticket", which the source-of-truth list does not name, so no system has been agreed as its owner.',
      },
    ]);
  });

  it("does not fire when Q2 lists the object (even without an owner), or when the row names no object", () => {
    const answers = { sourceOfTruth: [{ object: "custom:Renewal quote" } as const, CONTACT_IN_CRM] };
    const rows: FieldMappingRow[] = [
      { ...EMAIL, object: "custom:RENEWAL QUOTE" },
      { ...EMAIL, object: undefined },
    ];
    expect(targetsOf("MAPPING_OBJECT_UNOWNED", doc({ answers, plan: { fieldMappings: rows } }))).toEqual([]);
  });
});

describe("STATUS_VALUES_UNMAPPED", () => {
  const STAGE: FieldMappingRow = { ...EMAIL, sourceField: "Status", targetField: "state", kind: "status" };

  it("fires on a status row with no value map, or one whose pairs are all blank", () => {
    const document = doc({ plan: { fieldMappings: [STAGE, { ...STAGE, valueMap: [{ from: " ", to: "" }] }, { ...STAGE, valueMap: [] }] } });
    const hits = hitsOf("STATUS_VALUES_UNMAPPED", document);
    expect(hits.map((hit) => [hit.target, hit.severity, hit.track])).toEqual([
      ["plan.fieldMappings.0", "warning", "semantics"],
      ["plan.fieldMappings.1", "warning", "semantics"],
      ["plan.fieldMappings.2", "warning", "semantics"],
    ]);
    expect(hits[0]?.message).toMatch(/^Mapping "CRM Status → Support desk state" carries status values but has no value map/);
  });

  it("does not fire with a value map, or on a value row", () => {
    const rows = [
      { ...STAGE, valueMap: [{ from: "Open", to: "Active - In Progress" }] },
      { ...STAGE, kind: "value" as const },
    ];
    expect(targetsOf("STATUS_VALUES_UNMAPPED", doc({ plan: { fieldMappings: rows } }))).toEqual([]);
  });
});

// ---------------------------------------------------------------- API contracts

describe("NO_API_CONTRACTS", () => {
  const actions: ActionRowV2[] = [
    { name: "Update the ticket priority", kind: "update" },
    { name: "Summarise the thread", kind: "draft" },
    { name: "Open an RMA", kind: "trigger" },
  ];

  it("fires when Q5 has a write action and the section is empty, naming the writes", () => {
    expect(hitsOf("NO_API_CONTRACTS", doc({ answers: { actions } }))).toEqual([
      {
        ruleId: "NO_API_CONTRACTS",
        severity: "warning",
        track: "semantics",
        target: "plan.apiContracts",
        message:
          '2 actions write to other systems ("Open an RMA" and "Update the ticket priority"), but no API contract records their rate limits, retries, versions or credentials, so a vendor change surfaces as a production failure.',
      },
    ]);
  });

  it("does not fire without writes, with a contract, or when declared not applicable", () => {
    expect(targetsOf("NO_API_CONTRACTS", doc({ answers: { actions: [{ name: "Summarise", kind: "draft" }] } }))).toEqual([]);
    expect(targetsOf("NO_API_CONTRACTS", doc({ answers: { actions }, plan: { apiContracts: [{ system: "itsm" }] } }))).toEqual([]);
    expect(
      targetsOf("NO_API_CONTRACTS", doc({ answers: { actions }, plan: { notApplicable: { apiContracts: "Internal service" } } })),
    ).toEqual([]);
  });
});

describe("API_CONTRACT_GAPS", () => {
  const FULL = {
    system: "billing" as const,
    apiVersion: "2026-09",
    rateLimit: "100 requests/s per key",
    retryPolicy: "Exponential backoff, five tries",
    versioningRule: "Pinned; upgrades tested in sandbox",
    authLifecycle: "Client credentials rotated every 90 days",
  };

  it("fires once per row, naming the missing parts in field order", () => {
    const document = doc({
      plan: { apiContracts: [FULL, { ...FULL, retryPolicy: " ", authLifecycle: undefined }, { apiVersion: "v3", rateLimit: "10/s" }] },
    });
    const hits = hitsOf("API_CONTRACT_GAPS", document);
    expect(hits.map((hit) => [hit.target, hit.severity, hit.track])).toEqual([
      ["plan.apiContracts.1", "warning", "semantics"],
      ["plan.apiContracts.2", "warning", "semantics"],
    ]);
    expect(hits[0]?.message).toBe(
      'API contract "Billing 2026-09" does not state its retry policy and authentication lifecycle, so a change on either side can break the integration unnoticed.',
    );
    expect(hits[1]?.message).toMatch(
      /^API contract "v3" does not state its system, retry policy, versioning rule and authentication lifecycle,/,
    );
  });

  it("does not fire on a complete contract (change watch is optional)", () => {
    expect(targetsOf("API_CONTRACT_GAPS", doc({ plan: { apiContracts: [FULL] } }))).toEqual([]);
  });
});

// ---------------------------------------------------------------- action contracts

const REFUND: ActionRowV2 = {
  name: "Issue the credit memo",
  targetSystem: "billing",
  kind: "update",
  approval: "draft",
  riskTier: "high",
  trigger: "Billing specialist approves the draft",
  requiredInputs: "Order id, reason code, amount",
  expectedOutput: "Credit memo id and posting status",
  failureModes: "Order not found; amount over limit",
  rollback: "compensating_action",
  credentialScope: "per_action",
  marksAiValues: true,
};

function actionsDoc(...actions: ActionRowV2[]): JudgedDocument {
  return doc({ answers: { actions } });
}

describe("ACTION_CONTRACT_INCOMPLETE", () => {
  it("fires on a write lacking parts of its contract, naming them in a fixed order", () => {
    const hits = hitsOf("ACTION_CONTRACT_INCOMPLETE", actionsDoc(REFUND, { ...REFUND, failureModes: "", trigger: undefined }));
    expect(hits).toEqual([
      {
        ruleId: "ACTION_CONTRACT_INCOMPLETE",
        severity: "warning",
        track: "safe-writes",
        target: "answers.actions.1",
        message: 'Action "Issue the credit memo" writes to another system but its contract has no trigger or failure modes.',
      },
    ]);
  });

  it("does not fire on a non-write action without a contract", () => {
    expect(targetsOf("ACTION_CONTRACT_INCOMPLETE", actionsDoc({ name: "Draft the reply", kind: "draft" }))).toEqual([]);
  });
});

describe("HIGH_TIER_WITHOUT_APPROVAL", () => {
  it.each([["guardrails"], ["automated"], [undefined]] as const)(
    "fires on a high-tier action with approval %s, even a non-write",
    (approval) => {
      const hits = hitsOf("HIGH_TIER_WITHOUT_APPROVAL", actionsDoc({ ...REFUND, kind: "recommend", approval }));
      expect(hits.map((hit) => [hit.target, hit.severity, hit.track])).toEqual([["answers.actions.0", "blocker", "safe-writes"]]);
      expect(hits[0]?.message).toMatch(
        /^Action "Issue the credit memo" is in the high risk tier but runs without explicit human approval \(approval: /,
      );
    },
  );

  it("does not fire with Suggest or Draft, or on a medium tier", () => {
    const rows: ActionRowV2[] = [{ ...REFUND, approval: "suggest" }, REFUND, { ...REFUND, riskTier: "medium", approval: "guardrails" }];
    expect(targetsOf("HIGH_TIER_WITHOUT_APPROVAL", actionsDoc(...rows))).toEqual([]);
  });
});

describe("MEDIUM_TIER_FULLY_AUTOMATED", () => {
  it("fires on a medium-tier action that is fully automated", () => {
    const hits = hitsOf(
      "MEDIUM_TIER_FULLY_AUTOMATED",
      actionsDoc({ ...REFUND, name: "Change the plan", riskTier: "medium", approval: "automated" }),
    );
    expect(hits).toEqual([
      {
        ruleId: "MEDIUM_TIER_FULLY_AUTOMATED",
        severity: "warning",
        track: "safe-writes",
        target: "answers.actions.0",
        message: 'Action "Change the plan" is in the medium risk tier but is fully automated, so not even its exceptions reach a person.',
      },
    ]);
  });

  it("does not fire with guardrails, or on a low tier fully automated", () => {
    const rows: ActionRowV2[] = [
      { ...REFUND, riskTier: "medium", approval: "guardrails" },
      { ...REFUND, riskTier: "low", approval: "automated" },
    ];
    expect(targetsOf("MEDIUM_TIER_FULLY_AUTOMATED", actionsDoc(...rows))).toEqual([]);
  });
});

describe("WRITE_WITHOUT_ROLLBACK", () => {
  it("fires on a write with no rollback field", () => {
    const hits = hitsOf("WRITE_WITHOUT_ROLLBACK", actionsDoc({ ...REFUND, kind: "trigger", rollback: undefined }));
    expect(hits.map((hit) => [hit.target, hit.severity, hit.track])).toEqual([["answers.actions.0", "warning", "safe-writes"]]);
    expect(hits[0]?.message).toBe('Action "Issue the credit memo" writes to another system but does not say how a wrong write is undone.');
  });

  it("does not fire when rollback is given (even none), or on a non-write", () => {
    const rows: ActionRowV2[] = [
      { ...REFUND, rollback: "none" },
      { ...REFUND, kind: "read", rollback: undefined },
    ];
    expect(targetsOf("WRITE_WITHOUT_ROLLBACK", actionsDoc(...rows))).toEqual([]);
  });
});

describe("NO_ROLLBACK_AUTOMATED", () => {
  it("fires on a write whose rollback is none without explicit approval", () => {
    const hits = hitsOf("NO_ROLLBACK_AUTOMATED", actionsDoc({ ...REFUND, rollback: "none", approval: "guardrails" }));
    expect(hits).toEqual([
      {
        ruleId: "NO_ROLLBACK_AUTOMATED",
        severity: "blocker",
        track: "safe-writes",
        target: "answers.actions.0",
        message:
          'Action "Issue the credit memo" cannot be reverted or compensated, yet runs without explicit human approval (approval: execute with guardrails).',
      },
    ]);
  });

  it("does not fire with approval, with a revert, when rollback is missing, or on a non-write", () => {
    const rows: ActionRowV2[] = [
      { ...REFUND, rollback: "none", approval: "suggest" },
      { ...REFUND, kind: "draft", rollback: "none", approval: "automated" },
      { ...REFUND, rollback: "revert", approval: "automated" },
      { ...REFUND, rollback: undefined, approval: "automated" },
    ];
    expect(targetsOf("NO_ROLLBACK_AUTOMATED", actionsDoc(...rows))).toEqual([]);
  });
});

describe("SHARED_BROAD_CREDENTIALS", () => {
  it("fires on any action with shared broad credentials, writes or not", () => {
    const hits = hitsOf("SHARED_BROAD_CREDENTIALS", actionsDoc({ name: "Read the order", kind: "read", credentialScope: "shared_broad" }));
    expect(hits.map((hit) => [hit.target, hit.severity, hit.track])).toEqual([["answers.actions.0", "warning", "safe-writes"]]);
    expect(hits[0]?.message).toMatch(/^Action "Read the order" runs on a shared credential with broad scopes/);
  });

  it("does not fire on per-action or unstated credentials", () => {
    expect(targetsOf("SHARED_BROAD_CREDENTIALS", actionsDoc(REFUND, { ...REFUND, credentialScope: undefined }))).toEqual([]);
  });
});

describe("AI_VALUES_UNMARKED", () => {
  it.each([[false], [undefined]] as const)("fires on a write with marksAiValues %s", (marksAiValues) => {
    const hits = hitsOf("AI_VALUES_UNMARKED", actionsDoc({ ...REFUND, marksAiValues }));
    expect(hits.map((hit) => [hit.target, hit.severity, hit.track])).toEqual([["answers.actions.0", "warning", "safe-writes"]]);
    expect(hits[0]?.message).toBe('Action "Issue the credit memo" writes values that cannot be told apart from values a person confirmed.');
  });

  it("does not fire when marked, or on a draft", () => {
    expect(targetsOf("AI_VALUES_UNMARKED", actionsDoc(REFUND, { ...REFUND, kind: "draft", marksAiValues: false }))).toEqual([]);
  });
});

describe("AUTOMATION_BEFORE_DATA_QUALITY", () => {
  const PROVEN: TestCaseRow[] = [
    { scenario: "Same company twice", category: "duplicate_accounts", status: "pass", expectedBehavior: "Merge proposal" },
    { scenario: "No email", category: "missing_fields", status: "pass", expectedBehavior: "Ask for it" },
  ];
  const AUTOMATIC: ActionRowV2 = { name: "Tag the ticket", kind: "recommend", approval: "guardrails" };

  function withCases(testCases: TestCaseRow[], ...actions: ActionRowV2[]): JudgedDocument {
    return doc({ answers: { actions, testCases } });
  }

  it("fires on every action without a person while one of the two categories has no passing case", () => {
    const cases: TestCaseRow[] = [{ ...PROVEN[0], status: "fail" }, PROVEN[1] as TestCaseRow];
    const hits = hitsOf(
      "AUTOMATION_BEFORE_DATA_QUALITY",
      withCases(cases, AUTOMATIC, { ...AUTOMATIC, name: "Close it", approval: "automated" }, REFUND),
    );
    expect(hits.map((hit) => [hit.target, hit.severity, hit.track])).toEqual([
      ["answers.actions.0", "warning", "safe-writes"],
      ["answers.actions.1", "warning", "safe-writes"],
    ]);
    expect(hits[0]?.message).toBe(
      'Action "Tag the ticket" runs without a person approving each run (approval: execute with guardrails) while no passing test case covers duplicate accounts, so bad data would be processed faster, errors included.',
    );
  });

  it("names both categories when neither passes", () => {
    const cases: TestCaseRow[] = [{ scenario: "Stale policy", category: "stale_policy", status: "pass" }];
    expect(hitsOf("AUTOMATION_BEFORE_DATA_QUALITY", withCases(cases, AUTOMATIC))[0]?.message).toContain(
      "covers duplicate accounts or missing fields,",
    );
  });

  it("does not fire when both categories pass, on Suggest or Draft, or without Q6", () => {
    expect(targetsOf("AUTOMATION_BEFORE_DATA_QUALITY", withCases(PROVEN, AUTOMATIC))).toEqual([]);
    expect(
      targetsOf(
        "AUTOMATION_BEFORE_DATA_QUALITY",
        withCases([{ scenario: "Same company twice", category: "duplicate_accounts", status: "fail" }], REFUND, {
          ...AUTOMATIC,
          approval: "suggest",
        }),
      ),
    ).toEqual([]);
    expect(targetsOf("AUTOMATION_BEFORE_DATA_QUALITY", actionsDoc(AUTOMATIC))).toEqual([]);
  });
});

// ---------------------------------------------------------------- wording

describe("the wording of these sections and fields", () => {
  const sections = [WORKFLOW_MAP_TEXT, FIELD_MAPPINGS_TEXT, API_CONTRACTS_TEXT];
  const labelSets = [MAPPING_KIND_LABELS, RISK_TIER_LABELS, ROLLBACK_KIND_LABELS, CREDENTIAL_SCOPE_LABELS];

  it("gives every section its key, a rows shape, a seed source and non-blank prose", () => {
    expect(sections.map((section) => section.key)).toEqual(["workflowMap", "fieldMappings", "apiContracts"]);
    for (const section of sections) {
      expect(section.shape).toBe("rows");
      expect(section.source).toMatch(/^00[0-4] §\S/);
      for (const text of [section.title, section.why, section.goodAnswer]) expect(text.trim()).not.toBe("");
    }
  });

  it("labels and explains every field, with no label used twice in one row", () => {
    const groups = [...sections.map((section) => section.fields), VALUE_MAP_PAIR_FIELDS, ACTION_CONTRACT_FIELDS];
    for (const fields of groups) {
      const labels = Object.values(fields).map((field) => field.label);
      expect(new Set(labels).size).toBe(labels.length);
      for (const field of Object.values(fields)) {
        expect(field.label.trim()).not.toBe("");
        expect(field.help.trim()).not.toBe("");
      }
    }
    expect(Object.keys(ACTION_CONTRACT_FIELDS).sort()).toEqual([
      "credentialScope",
      "expectedOutput",
      "failureModes",
      "marksAiValues",
      "requiredInputs",
      "riskTier",
      "rollback",
      "rollbackPlan",
      "trigger",
      "validations",
    ]);
  });

  it("labels every enum value distinctly", () => {
    for (const labels of labelSets) {
      const values = Object.values(labels);
      expect(new Set(values).size).toBe(values.length);
      for (const value of values) expect(value.trim()).not.toBe("");
    }
  });
});
