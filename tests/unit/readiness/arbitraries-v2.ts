/**
 * fast-check arbitraries for `preflight.assessment/v2`: a v1 document (arbitraries.ts)
 * upgraded, with the new action fields, sync-audit log kinds and a plan whose rows are
 * often blank (so blank-row handling is exercised) and whose sections are sometimes
 * declared not applicable.
 */
import fc from "fast-check";
import {
  ASSESSMENT_FORMAT_V2,
  CREDENTIAL_SCOPES,
  EXCEPTION_CASES,
  EXCEPTION_HANDLING,
  KPI_DIRECTIONS,
  KPI_KINDS,
  LOG_KINDS_V2,
  MAPPING_KINDS,
  OBJECTS,
  PLAN_SECTION_KEYS,
  REVIEW_CADENCES,
  RISK_TIERS,
  ROLLBACK_KINDS,
  ROLLOUT_STAGES,
  SYNC_DIRECTIONS,
  SYSTEMS,
  type AssessmentDocumentV2,
  type Plan,
} from "@/lib/readiness";
import { text, validDocument } from "./arbitraries";

const none = { requiredKeys: [] as never[] };
const bool = fc.boolean();
const rows = <T>(row: fc.Arbitrary<T>) => fc.array(row, { maxLength: 6 });
const date = fc.constantFrom("2027-01-04", "2027-01-18", "2027-02-01", "2027-02-28", "2027-03-15");
const amount = fc.oneof(fc.constantFrom(0, 1, 12, 60, 1e9), fc.double({ min: 0, max: 1e6, noNaN: true }));
const kpiValue = fc.oneof(fc.constantFrom(0, 1, 3, -2), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }));

const plan: fc.Arbitrary<Plan> = fc.record(
  {
    workflowMap: rows(
      fc.record(
        { step: text, owner: text, system: fc.constantFrom(...SYSTEMS), handoffTo: text, manualWorkaround: bool, reentersData: bool },
        none,
      ),
    ),
    fieldMappings: rows(
      fc.record(
        {
          object: fc.constantFrom(...OBJECTS.slice(0, 4)),
          sourceSystem: fc.constantFrom(...SYSTEMS.slice(0, 3)),
          sourceField: text,
          targetSystem: fc.constantFrom(...SYSTEMS.slice(0, 3)),
          targetField: fc.constantFrom("Status", " status ", "Email", ""),
          kind: fc.constantFrom(...MAPPING_KINDS),
          transform: text,
          required: bool,
          direction: fc.constantFrom(...SYNC_DIRECTIONS),
          conflictRule: text,
          valueMap: fc.array(fc.record({ from: text, to: text }, none), { maxLength: 3 }),
        },
        none,
      ),
    ),
    apiContracts: rows(
      fc.record(
        {
          system: fc.constantFrom(...SYSTEMS),
          apiVersion: text,
          rateLimit: text,
          retryPolicy: text,
          versioningRule: text,
          authLifecycle: text,
          changeWatch: text,
        },
        none,
      ),
    ),
    exceptions: rows(
      fc.record(
        {
          case: fc.constantFrom(...EXCEPTION_CASES),
          handling: fc.constantFrom(...EXCEPTION_HANDLING),
          alert: bool,
          owner: text,
          notes: text,
        },
        none,
      ),
    ),
    accessControls: fc.record(
      { leastPrivilegeAccounts: bool, credentialsPerEnvironment: bool, fieldMasking: bool, accessAudit: bool, secretRotation: bool },
      none,
    ),
    rollout: rows(
      fc.record(
        {
          name: text,
          stage: fc.constantFrom(...ROLLOUT_STAGES),
          scope: text,
          writesEnabled: bool,
          entryCriteria: text,
          exitCriteria: text,
          rollbackCriteria: text,
          start: date,
          end: date,
        },
        none,
      ),
    ),
    kpis: rows(
      fc.record(
        {
          name: text,
          kind: fc.constantFrom(...KPI_KINDS),
          unit: text,
          baseline: kpiValue,
          target: kpiValue,
          better: fc.constantFrom(...KPI_DIRECTIONS),
          alertThreshold: kpiValue,
          owner: text,
        },
        none,
      ),
    ),
    roi: fc.record(
      {
        runsPerMonth: amount,
        minutesSavedPerRun: amount,
        hourlyCost: amount,
        buildCost: amount,
        monthlyRunCost: amount,
        currency: fc.constantFrom("USD", "EUR"),
      },
      none,
    ),
    enablement: fc.record(
      {
        sopsUpdated: bool,
        frontlineTrained: bool,
        leadsTrainedOnFailures: bool,
        incidentOwnersPublished: bool,
        stabilizationReviews: fc.constantFrom(...REVIEW_CADENCES),
        stabilizationDays: fc.integer({ min: 0, max: 120 }),
      },
      none,
    ),
    notApplicable: fc
      .subarray([...PLAN_SECTION_KEYS], { maxLength: 2 })
      .map((keys) => Object.fromEntries(keys.map((key) => [key, "Does not apply to this workflow"]))),
  },
  none,
);

const actionExtras = fc.record(
  {
    riskTier: fc.constantFrom(...RISK_TIERS),
    requiredInputs: text,
    validations: text,
    expectedOutput: text,
    failureModes: text,
    rollback: fc.constantFrom(...ROLLBACK_KINDS),
    rollbackPlan: text,
    credentialScope: fc.constantFrom(...CREDENTIAL_SCOPES),
    trigger: text,
    marksAiValues: bool,
  },
  none,
);

/** A valid v2 document: a generated v1 document upgraded, given action contracts, sync-audit logs and a plan. */
export const validDocumentV2: fc.Arbitrary<AssessmentDocumentV2> = fc
  .tuple(
    validDocument,
    plan,
    fc.array(actionExtras, { maxLength: 7 }),
    fc.uniqueArray(fc.constantFrom(...LOG_KINDS_V2), { maxLength: 6 }),
    bool,
  )
  .map(([v1, generatedPlan, extras, captured, withPlan]) => {
    const answers = v1.answers ?? {};
    const actions = answers.actions?.map((row, index) => ({ ...row, ...extras[index] }));
    return {
      ...v1,
      format: ASSESSMENT_FORMAT_V2,
      answers: {
        ...answers,
        ...(actions === undefined ? {} : { actions }),
        ...(answers.logs === undefined ? {} : { logs: { ...answers.logs, captured } }),
      },
      ...(withPlan ? { plan: generatedPlan } : {}),
    };
  });
