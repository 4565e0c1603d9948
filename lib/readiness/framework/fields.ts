/**
 * Label and help text for every structured field of the assessment document. Typed
 * against the schema's inferred types, so a field added to the schema without wording
 * fails type checking.
 */
import type {
  ActionRow,
  AreaScore,
  DataSourceRow,
  FirstLaunch,
  Logs,
  LowConfidence,
  Maintenance,
  Outcome,
  Project,
  SourceOfTruthRow,
  TestCaseRow,
  Workflow,
} from "../schema/assessment";

export interface FieldText {
  label: string;
  help: string;
}

type FieldsOf<T> = Readonly<Record<keyof Required<T>, FieldText>>;

export interface FieldTexts {
  project: FieldsOf<Project>;
  workflow: FieldsOf<Workflow>;
  outcome: FieldsOf<Outcome>;
  sourceOfTruth: FieldsOf<SourceOfTruthRow>;
  dataSources: FieldsOf<DataSourceRow>;
  lowConfidence: FieldsOf<LowConfidence>;
  actions: FieldsOf<ActionRow>;
  testCases: FieldsOf<TestCaseRow>;
  logs: FieldsOf<Logs>;
  maintenance: FieldsOf<Maintenance>;
  firstLaunch: FieldsOf<FirstLaunch>;
  score: FieldsOf<AreaScore>;
}

export const FIELDS: FieldTexts = {
  project: {
    name: { label: "Project name", help: "A short name people will recognise on the dashboard." },
    description: { label: "Description", help: "What the integration does, in a few sentences." },
    systems: { label: "Systems involved", help: "Every business system the integration reads from or writes to." },
  },
  workflow: {
    name: { label: "Workflow", help: "The job in operational terms, e.g. “Enrich inbound leads before sales review”." },
    startEvent: { label: "Start event", help: "What happens that starts one run of the workflow." },
    endState: { label: "End state", help: "The state that means one run is finished." },
    owner: { label: "Business owner", help: "The person accountable for the workflow’s results." },
    outcome: { label: "Measurable outcome", help: "The metric the integration must move." },
  },
  outcome: {
    metric: { label: "Metric", help: "What is measured, e.g. “minutes from lead capture to first touch”." },
    baseline: { label: "Baseline", help: "The value today, before the integration." },
    target: { label: "Target", help: "The value that would count as success." },
  },
  sourceOfTruth: {
    object: { label: "Business object", help: "A record type in scope, or a custom one." },
    owningSystem: { label: "Owning system", help: "The one system whose value wins for this object." },
    aiAccess: { label: "AI access", help: "The most the AI may do with this object: read, suggest, update or trigger." },
    syncDirection: { label: "Sync direction", help: "Whether changes flow one way or both ways between systems." },
    conflictRule: { label: "Conflict rule", help: "Which value wins when two systems disagree, and what happens to the loser." },
  },
  dataSources: {
    name: { label: "Data source", help: "The system, table or set of fields that feeds the AI." },
    purpose: { label: "Purpose", help: "Why the AI needs this source; a source without a reason should be left out." },
    sensitivity: { label: "Sensitive data", help: "Classes of sensitive data the source contains." },
    providerRetention: {
      label: "Provider retains or trains on inputs",
      help: "Whether the AI provider stores or trains on what it is sent.",
    },
    canRunRedacted: { label: "Can run redacted", help: "Whether the workflow still works with redacted or summarised fields." },
    outputAudience: { label: "Output audience", help: "The roles that will see what the AI produces from this source." },
    audienceMaySeeSource: {
      label: "Audience may see the source",
      help: "Whether every one of those roles is allowed to open the source data itself.",
    },
  },
  lowConfidence: {
    signal: { label: "Confidence signal", help: "How the workflow knows a case is uncertain (score, rule, missing data)." },
    fallbacks: { label: "Fallback behaviours", help: "What the workflow does with an uncertain case." },
    escalationOwner: { label: "Escalation owner or queue", help: "Who receives the cases the AI should not handle alone." },
    escalationTested: { label: "Escalation tested end to end", help: "Whether a real case has travelled the whole escalation path." },
  },
  actions: {
    name: { label: "Action", help: "What the AI does, e.g. “Update lead score”." },
    targetSystem: { label: "Target system", help: "The system the action reads from or writes to." },
    kind: { label: "Kind", help: "Read, draft, recommend, update or trigger; update and trigger are writes." },
    customerFacing: { label: "Customer-facing", help: "Whether a customer sees the result." },
    touchesRevenueComplianceOrCx: {
      label: "Touches revenue, compliance or customer experience",
      help: "Whether a mistake would cost money, break a rule or hurt a customer relationship.",
    },
    touchesPricingContractsOrConsent: {
      label: "Touches pricing, contracts or consent",
      help: "Whether the action changes prices, contract terms or consent status.",
    },
    reversible: { label: "Reversible", help: "Whether the result can be undone cleanly." },
    approval: { label: "Approval level", help: "Suggest and Draft keep a person approving; guardrails and fully automated do not." },
    idempotencyKey: { label: "Idempotency or dedupe key", help: "Whether a retry can never apply the action twice." },
    shadowModeFirst: { label: "Shadow mode first", help: "Whether the action first runs without effect, logging what it would have done." },
  },
  testCases: {
    scenario: { label: "Scenario", help: "A messy real case, e.g. “the same company entered twice with different domains”." },
    category: { label: "Category", help: "The kind of edge case." },
    expectedBehavior: { label: "Expected behaviour", help: "What the integration must do; safe and consistent beats clever." },
    status: { label: "Status", help: "Result of the latest run of this case." },
  },
  logs: {
    captured: { label: "Captured", help: "The log kinds recorded for every run." },
    store: { label: "Where logs are kept", help: "The system that stores them and who can query it." },
    retentionDays: { label: "Retention (days)", help: "How long logs are kept." },
  },
  maintenance: {
    promptPolicy: { label: "Prompt and policy updates", help: "Who changes prompts and policies when the business changes." },
    dataMapping: { label: "Data mapping changes", help: "Who updates the mapping when source fields change." },
    accessReviews: { label: "Access reviews", help: "Who reviews what the integration may read and do." },
    failedWorkflowTriage: { label: "Failed-workflow triage", help: "Who looks at every failed run and decides what happens next." },
    vendorApiChanges: { label: "Vendor API changes", help: "Who tracks and absorbs changes to vendor APIs." },
    evaluationRefresh: { label: "Evaluation set refresh", help: "Who adds new edge cases to the test set." },
    monthlyReview: { label: "Monthly performance review", help: "Who runs the monthly review of results and incidents." },
  },
  firstLaunch: {
    scope: { label: "First launch scope", help: "The narrowest slice worth launching: one team, queue, segment or region." },
    weeklyVolume: { label: "Expected weekly volume", help: "Runs per week, enough to learn from." },
    risk: { label: "Risk profile", help: "Low, medium or high, considering who is affected by a mistake." },
    automaticDecisions: { label: "Automatic decisions", help: "Whether the first launch decides anything without a person." },
    customerFacingOutput: { label: "Customer-facing output", help: "Whether customers see anything the first launch produces." },
    reviewPath: { label: "Review path", help: "How output is reviewed before it reaches a customer." },
  },
  score: {
    score: { label: "Score", help: "1 (not ready) to 5 (fully ready); anything below 3 blocks launch." },
    note: { label: "Justification", help: "Why this score: the evidence a reviewer can check." },
  },
};
