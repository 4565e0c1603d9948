/**
 * fast-check arbitraries for valid `preflight.assessment/v1` documents, biased towards
 * the values the rules care about (blank strings, missing fields, colliding objects), and
 * mutations that make a valid document invalid in a known place.
 */
import fc from "fast-check";
import {
  ACTION_KINDS,
  AI_ACCESS,
  APPROVAL_LEVELS,
  AREA_KEYS,
  ASSESSMENT_FORMAT,
  FALLBACKS,
  LOG_KINDS,
  OBJECTS,
  PROVIDER_RETENTION,
  RISK_LEVELS,
  SENSITIVITY_CLASSES,
  SYNC_DIRECTIONS,
  SYSTEMS,
  TEST_CATEGORIES,
  TEST_STATUSES,
  type AreaKey,
  type AreaScore,
  type AssessmentDocument,
  type BusinessObject,
} from "@/lib/readiness";

const none = { requiredKeys: [] as never[] };

/** Mostly short words, often blank: blank counts as missing, so both sides get exercised. */
export const text = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom("", "  ", "\n") },
  { weight: 5, arbitrary: fc.constantFrom("CRM wins", "Dana", "Sales ops queue", "Draft reply", "Refund", "Same company twice") },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
);

const bool = fc.boolean();
const rows = <T>(row: fc.Arbitrary<T>) => fc.array(row, { maxLength: 7 });

/** A small pool, so that rows often share an object and owners collide. */
const businessObject: fc.Arbitrary<BusinessObject> = fc.oneof(
  fc.constantFrom(...OBJECTS.slice(0, 4)),
  fc.constantFrom<BusinessObject>("custom:Lead score", "custom: lead  SCORE", "custom:Renewal quote"),
);

export const sourceOfTruthRow = fc.record(
  {
    object: businessObject,
    owningSystem: fc.constantFrom(...SYSTEMS.slice(0, 4)),
    aiAccess: fc.constantFrom(...AI_ACCESS),
    syncDirection: fc.constantFrom(...SYNC_DIRECTIONS),
    conflictRule: text,
  },
  none,
);

export const dataSourceRow = fc.record(
  {
    name: text,
    purpose: text,
    sensitivity: fc.uniqueArray(fc.constantFrom(...SENSITIVITY_CLASSES), { maxLength: 3 }),
    providerRetention: fc.constantFrom(...PROVIDER_RETENTION),
    canRunRedacted: bool,
    outputAudience: fc.array(text, { maxLength: 3 }),
    audienceMaySeeSource: bool,
  },
  none,
);

export const actionRow = fc.record(
  {
    name: text,
    targetSystem: fc.constantFrom(...SYSTEMS),
    kind: fc.constantFrom(...ACTION_KINDS),
    customerFacing: bool,
    touchesRevenueComplianceOrCx: bool,
    touchesPricingContractsOrConsent: bool,
    reversible: bool,
    approval: fc.constantFrom(...APPROVAL_LEVELS),
    idempotencyKey: bool,
    shadowModeFirst: bool,
  },
  none,
);

export const testCaseRow = fc.record(
  {
    scenario: text,
    category: fc.constantFrom(...TEST_CATEGORIES),
    expectedBehavior: text,
    status: fc.constantFrom(...TEST_STATUSES),
  },
  none,
);

const answers = fc.record(
  {
    workflow: fc.record(
      {
        name: text,
        startEvent: text,
        endState: text,
        owner: text,
        outcome: fc.record({ metric: text, baseline: text, target: text }, none),
      },
      none,
    ),
    sourceOfTruth: rows(sourceOfTruthRow),
    dataSources: rows(dataSourceRow),
    lowConfidence: fc.record(
      {
        signal: text,
        fallbacks: fc.uniqueArray(fc.constantFrom(...FALLBACKS), { maxLength: 3 }),
        escalationOwner: text,
        escalationTested: bool,
      },
      none,
    ),
    actions: rows(actionRow),
    testCases: rows(testCaseRow),
    logs: fc.record(
      {
        captured: fc.uniqueArray(fc.constantFrom(...LOG_KINDS), { maxLength: 8 }),
        store: text,
        retentionDays: fc.nat({ max: 3650 }),
      },
      none,
    ),
    maintenance: fc.record(
      {
        promptPolicy: text,
        dataMapping: text,
        accessReviews: text,
        failedWorkflowTriage: text,
        vendorApiChanges: text,
        evaluationRefresh: text,
        monthlyReview: text,
      },
      none,
    ),
    firstLaunch: fc.record(
      {
        scope: text,
        weeklyVolume: fc.nat({ max: 100_000 }),
        risk: fc.constantFrom(...RISK_LEVELS),
        automaticDecisions: bool,
        customerFacingOutput: bool,
        reviewPath: text,
      },
      none,
    ),
  },
  none,
);

export const areaScore: fc.Arbitrary<AreaScore> = fc.record(
  { score: fc.integer({ min: 1, max: 5 }), note: text },
  { requiredKeys: ["score"] },
);

const scores = fc.record(Object.fromEntries(AREA_KEYS.map((key) => [key, areaScore])) as Record<AreaKey, fc.Arbitrary<AreaScore>>, none);

export const validDocument: fc.Arbitrary<AssessmentDocument> = fc.record(
  {
    format: fc.constant(ASSESSMENT_FORMAT),
    project: fc.record({ name: text, description: text, systems: fc.uniqueArray(fc.constantFrom(...SYSTEMS), { maxLength: 4 }) }, none),
    answers,
    scores,
  },
  { requiredKeys: ["format"] },
);

export const areaKey = fc.constantFrom(...AREA_KEYS);

/** Small edits to a clean, ready document: yields ready, incomplete and blocked documents with warnings. */
type Nudge = (doc: AssessmentDocument) => void;

const NUDGES: readonly Nudge[] = [
  (d) => {
    if (d.answers?.lowConfidence) d.answers.lowConfidence.escalationTested = false;
  },
  (d) => {
    const action = d.answers?.actions?.[2];
    if (action) delete action.shadowModeFirst;
  },
  (d) => {
    const action = d.answers?.actions?.[3];
    if (action) action.idempotencyKey = false;
  },
  (d) => {
    if (d.scores) delete d.scores.taxonomyAlignment;
  },
  (d) => {
    if (d.scores) d.scores.workflowMapping = { score: 5 };
  },
  (d) => {
    if (d.answers) d.answers.testCases = d.answers.testCases?.slice(1);
  },
  (d) => {
    const action = d.answers?.actions?.[1];
    if (action) action.approval = "automated";
  },
  (d) => {
    if (d.answers?.maintenance) d.answers.maintenance.monthlyReview = " ";
  },
  (d) => {
    if (d.answers) delete d.answers.firstLaunch;
  },
  (d) => {
    const row = d.answers?.sourceOfTruth?.[3];
    if (row) row.conflictRule = "";
  },
];

export function nearlyReadyDocument(ready: AssessmentDocument): fc.Arbitrary<AssessmentDocument> {
  return fc.subarray([...NUDGES.keys()], { maxLength: 3 }).map((picked) => {
    const doc = structuredClone(ready);
    for (const index of picked) NUDGES[index]?.(doc);
    return doc;
  });
}
