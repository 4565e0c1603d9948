/**
 * A deterministic, realistic-looking large assessment: many objects, data sources,
 * actions and test cases with a mix of good and bad answers, so most rules fire on some
 * rows. Used by the engine benchmark and by the CLI test that feeds a ~5 MB document.
 */
import {
  ACTION_KINDS,
  APPROVAL_LEVELS,
  ASSESSMENT_FORMAT,
  OBJECTS,
  SYSTEMS,
  TEST_CATEGORIES,
  type AssessmentDocument,
  type BusinessObject,
} from "../../readiness";

export interface LargeDocumentOptions {
  objects: number;
  dataSources?: number;
  actions: number;
  testCases: number;
  /** Extra characters appended to long text fields (≤ 4,800 keeps them within the cap). */
  padding?: number;
}

function pick<T>(values: readonly T[], index: number): T {
  return values[index % values.length] as T;
}

export function largeAssessment(options: LargeDocumentOptions): AssessmentDocument {
  const pad = " Context: ".concat("handoff detail ".repeat(Math.ceil((options.padding ?? 0) / 15))).slice(0, options.padding ?? 0);
  const objects: BusinessObject[] = [...OBJECTS, ...Array.from({ length: 40 }, (_, i): BusinessObject => `custom:Record type ${i}`)];
  return {
    format: ASSESSMENT_FORMAT,
    project: { name: "Large generated assessment", description: `Generated for load and benchmark runs.${pad}`, systems: [...SYSTEMS] },
    answers: {
      workflow: {
        name: "Route and resolve cases across regions",
        startEvent: "A case is created in any regional queue",
        endState: "The case is resolved or handed to a specialist",
        owner: "Regional operations lead",
        outcome: { metric: "Median hours to resolution", baseline: "26", target: "8" },
      },
      sourceOfTruth: Array.from({ length: options.objects }, (_, i) => ({
        object: pick(objects, i),
        owningSystem: i % 37 === 0 ? undefined : pick(SYSTEMS, i % 53 === 0 ? i + 1 : 0),
        aiAccess: pick(["read", "suggest", "update", "trigger"] as const, i),
        syncDirection: i % 3 === 0 ? "bidirectional" : "one_way",
        conflictRule: i % 5 === 0 ? "" : `System of record wins; row ${i} changes are queued for review.${pad}`,
      })),
      dataSources: Array.from({ length: options.dataSources ?? 40 }, (_, i) => ({
        name: `Source ${i}`,
        purpose: i % 7 === 0 ? "" : `Needed to answer case type ${i}.${pad}`,
        sensitivity: i % 4 === 0 ? ["customer" as const, "financial" as const] : [],
        providerRetention: pick(["no", "unknown", "yes"] as const, i),
        canRunRedacted: i % 2 === 0,
        outputAudience: ["Support agents", "Team leads"],
        audienceMaySeeSource: i % 11 !== 0,
      })),
      lowConfidence: {
        signal: "Classifier confidence below 0.7",
        fallbacks: ["human_review", "specialist_queue"],
        escalationOwner: "Specialist queue",
        escalationTested: false,
      },
      actions: Array.from({ length: options.actions }, (_, i) => ({
        name: `Action ${i}: ${pick(["update case status", "draft reply", "issue credit", "tag case", "notify owner"], i)}`,
        targetSystem: pick(SYSTEMS, i),
        kind: pick(ACTION_KINDS, i),
        customerFacing: i % 4 === 1,
        touchesRevenueComplianceOrCx: i % 6 === 2,
        touchesPricingContractsOrConsent: i % 13 === 0,
        reversible: i % 9 !== 0,
        approval: pick(APPROVAL_LEVELS, Math.floor(i / 2)),
        idempotencyKey: i % 3 !== 0,
        shadowModeFirst: i % 2 === 0,
      })),
      testCases: Array.from({ length: options.testCases }, (_, i) => ({
        scenario: `Case ${i}: ${pick(["duplicate customer", "missing order id", "old policy text", "two products"], i)}.${pad}`,
        category: pick(TEST_CATEGORIES, i),
        expectedBehavior: i % 17 === 0 ? "" : `Route to review and write nothing.${pad}`,
        status: pick(["pass", "pass", "untested", "fail"] as const, i),
      })),
      logs: { captured: ["input_source", "output", "confidence"], store: "Warehouse", retentionDays: 365 },
      maintenance: {
        promptPolicy: "Ops",
        dataMapping: "",
        accessReviews: "Security",
        failedWorkflowTriage: "Ops on call",
        vendorApiChanges: "Platform",
        evaluationRefresh: "",
        monthlyReview: "Ops lead",
      },
      firstLaunch: {
        scope: "One region",
        weeklyVolume: 5000,
        risk: "medium",
        automaticDecisions: true,
        customerFacingOutput: false,
        reviewPath: "Team lead",
      },
    },
    scores: {
      workflowMapping: { score: 4 },
      dataOwnership: { score: 4 },
      taxonomyAlignment: { score: 3 },
      securityControls: { score: 4 },
      monitoringAlerting: { score: 3 },
      rolloutRollback: { score: 4 },
      trainingReadiness: { score: 3 },
    },
  };
}
