/**
 * A deterministic large v2 document for the engine benchmark: the large v1 document
 * (large-document.ts) with action contracts on its actions, the sync-audit log kinds, and
 * a plan of 1,000 mapping rows with value maps, 100 workflow steps, 20 API contracts, 50
 * exception rows, 10 rollout phases and 50 KPIs — good and bad answers mixed so that
 * most plan rules fire on some rows.
 */
import {
  ASSESSMENT_FORMAT_V2,
  EXCEPTION_CASES,
  EXCEPTION_HANDLING,
  MAPPING_KINDS,
  OBJECTS,
  ROLLOUT_STAGES,
  SYSTEMS,
  type AssessmentDocumentV2,
  type Plan,
} from "../../readiness";
import { largeAssessment, type LargeDocumentOptions } from "./large-document";

export interface LargePlanOptions {
  mappings: number;
  valueMapPairs: number;
  steps: number;
  apiContracts: number;
  exceptions: number;
  phases: number;
  kpis: number;
}

function pick<T>(values: readonly T[], index: number): T {
  return values[index % values.length] as T;
}

function day(offset: number): string {
  const date = new Date(Date.UTC(2027, 0, 4 + offset));
  return date.toISOString().slice(0, 10);
}

export function largePlan(options: LargePlanOptions): Plan {
  return {
    workflowMap: Array.from({ length: options.steps }, (_, i) => ({
      step: `Step ${i}: ${pick(["case arrives", "triage", "lookup account", "draft reply", "approve", "close"], i)}`,
      owner: i % 9 === 0 ? "" : pick(["Support lead", "Ops analyst", "Billing specialist"], i),
      system: pick(SYSTEMS, i),
      handoffTo: pick(["Tier 2", "Billing", "Sales"], i),
      manualWorkaround: i % 7 === 0,
      reentersData: i % 5 === 0,
    })),
    fieldMappings: Array.from({ length: options.mappings }, (_, i) => ({
      object: pick(OBJECTS, i),
      sourceSystem: pick(SYSTEMS, i),
      sourceField: i % 41 === 0 ? "" : `source_field_${i}`,
      targetSystem: pick(SYSTEMS, i + 1),
      targetField: `Target_Field_${i % 400}`,
      kind: pick(MAPPING_KINDS, i),
      transform: "trim, lower-case",
      required: i % 2 === 0,
      direction: i % 6 === 0 ? "bidirectional" : "one_way",
      ...(i % 4 === 0 ? {} : { conflictRule: "Owning system wins; later edits queue for review" }),
      ...(i % 10 === 2
        ? {}
        : { valueMap: Array.from({ length: options.valueMapPairs }, (_, p) => ({ from: `State ${p}`, to: `Status ${p} - mapped` })) }),
    })),
    apiContracts: Array.from({ length: options.apiContracts }, (_, i) => ({
      system: pick(SYSTEMS, i),
      apiVersion: `2026-${String((i % 12) + 1).padStart(2, "0")}`,
      rateLimit: i % 3 === 0 ? "" : "100 requests per second per key",
      retryPolicy: "Exponential backoff, five tries, idempotency key",
      versioningRule: i % 4 === 0 ? "" : "Pinned; upgrades tested in the sandbox first",
      authLifecycle: "OAuth client credentials rotated every 90 days",
      changeWatch: "Vendor changelog feed",
    })),
    exceptions: Array.from({ length: options.exceptions }, (_, i) => ({
      case: pick(EXCEPTION_CASES, i),
      handling: pick(EXCEPTION_HANDLING, i),
      alert: i % 3 !== 0,
      owner: i % 5 === 0 ? "" : "Data steward",
      notes: `Exception path ${i}`,
    })),
    accessControls: {
      leastPrivilegeAccounts: true,
      credentialsPerEnvironment: true,
      fieldMasking: false,
      accessAudit: true,
      secretRotation: false,
    },
    rollout: Array.from({ length: options.phases }, (_, i) => ({
      name: `Phase ${i + 1}`,
      stage: pick(ROLLOUT_STAGES, i),
      scope: `Queue group ${i + 1}`,
      writesEnabled: i > 1,
      entryCriteria: "Previous phase's KPIs within bounds for two weeks",
      exitCriteria: i % 4 === 3 ? "" : "Sync failure rate under 1% for two weeks",
      rollbackCriteria: i % 5 === 4 ? "" : "Failure rate over 3% or any duplicate write",
      start: day(i * 14 - (i === 6 ? 30 : 0)),
      end: day(i * 14 + 13),
    })),
    kpis: Array.from({ length: options.kpis }, (_, i) => ({
      name: `KPI ${i}`,
      kind: i % 3 === 0 ? "operational" : "technical",
      unit: "%",
      ...(i % 8 === 0 ? {} : { baseline: 4 + (i % 5) }),
      target: 2 + (i % 7),
      better: i % 2 === 0 ? "lower" : "higher",
      ...(i % 4 === 0 ? {} : { alertThreshold: 6 }),
      owner: "Integration on-call",
    })),
    roi: { runsPerMonth: 12000, minutesSavedPerRun: 4, hourlyCost: 48, buildCost: 180000, monthlyRunCost: 2500, currency: "USD" },
    enablement: {
      sopsUpdated: true,
      frontlineTrained: true,
      leadsTrainedOnFailures: false,
      incidentOwnersPublished: true,
      stabilizationReviews: "biweekly",
      stabilizationDays: 21,
    },
  };
}

/** The large v1 document as v2: every action given a contract (some incomplete), sync-audit logs, and the plan. */
export function largeAssessmentV2(v1: LargeDocumentOptions, plan: LargePlanOptions): AssessmentDocumentV2 {
  const base = largeAssessment(v1);
  const answers = base.answers ?? {};
  return {
    ...base,
    format: ASSESSMENT_FORMAT_V2,
    answers: {
      ...answers,
      actions: answers.actions?.map((row, i) => ({
        ...row,
        riskTier: pick(["low", "medium", "high"] as const, i),
        requiredInputs: "Case id, account id",
        validations: "Account is active",
        expectedOutput: i % 7 === 0 ? "" : "Updated record id",
        failureModes: "Record locked; API timeout",
        rollback: pick(["revert", "compensating_action", "none"] as const, i),
        credentialScope: i % 10 === 0 ? "shared_broad" : "per_action",
        trigger: "A case changes queue",
        marksAiValues: i % 3 !== 0,
      })),
      logs: { ...answers.logs, captured: [...(answers.logs?.captured ?? []), "source_record_id", "failure_reason"] },
    },
    plan: largePlan(plan),
  };
}
