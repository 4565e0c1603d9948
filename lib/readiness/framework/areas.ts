/**
 * The seven readiness areas of seed 001's "Quick Integration Readiness Score", with the
 * questions each covers (docs/product.md) and a one-line rubric per level shown to the person
 * scoring. Coverage is also what the engine uses for SCORE_CONTRADICTS_ANSWERS.
 */
import { AREA_KEYS, PLAN_SECTION_KEYS, type AreaKey, type PlanSectionKey, type QuestionKey } from "../keys";

export type ScoreLevel = 1 | 2 | 3 | 4 | 5;

export interface AreaDefinition {
  key: AreaKey;
  label: string;
  description: string;
  /** Questions whose findings are shown under, and can contradict, this area. */
  questions: readonly QuestionKey[];
  rubric: Readonly<Record<ScoreLevel, string>>;
  /** Plan sections the area also covers under ruleset 2.0.0 (none under 1.0.0). */
  planSections: readonly PlanSectionKey[];
  /** The rubric of framework 2.0.0, where the plan gives the scorer more to look at. */
  rubricV2: Readonly<Record<ScoreLevel, string>>;
  source: string;
}

const SOURCE = "001 §Quick Integration Readiness Score";

const TEXT: Record<AreaKey, Omit<AreaDefinition, "key" | "source" | "planSections" | "rubricV2">> = {
  workflowMapping: {
    label: "Workflow mapping",
    description: "How well the real workflow, its handoffs and its outcome are understood.",
    questions: ["workflow"],
    rubric: {
      1: "No named workflow: the scope is a system (“AI in the CRM”), not a job.",
      2: "Workflow named, but its start, end or owner is still unclear.",
      3: "Start event, end state and owner agreed; an outcome metric is chosen.",
      4: "Today’s workflow mapped with handoffs and workarounds; the baseline is measured.",
      5: "Map and metric signed off by the business owner; test scenarios come from the map.",
    },
  },
  dataOwnership: {
    label: "Data ownership clarity",
    description: "Whether each business object has one system of record and agreed sync rules.",
    questions: ["sourceOfTruth"],
    rubric: {
      1: "Nobody can say which system owns the key objects.",
      2: "Owners known for some objects; sync directions or conflicts undefined.",
      3: "Every object in scope has one owning system and a sync direction.",
      4: "Conflict rules written for every synced object; AI access set per object.",
      5: "Ownership, field mapping and conflict rules reviewed by the business and under change control.",
    },
  },
  taxonomyAlignment: {
    label: "Taxonomy alignment",
    description: "Whether statuses, reason codes and identifiers mean the same thing across systems.",
    questions: [],
    rubric: {
      1: "Statuses, reason codes and IDs differ between systems with no mapping.",
      2: "The differences are known but not reconciled.",
      3: "A shared status lifecycle and identifiers are agreed for the workflow in scope.",
      4: "A field dictionary records translations between systems; reason codes are aligned.",
      5: "The dictionary is versioned and maintained; routing and reporting rely on it.",
    },
  },
  securityControls: {
    label: "Security controls",
    description: "Which data reaches the AI and its provider, who sees the output, and which actions need approval.",
    questions: ["dataSources", "actions"],
    rubric: {
      1: "Broad shared credentials; no view of which data reaches the AI provider.",
      2: "Sources listed, but sensitivity, provider retention or output audience unknown.",
      3: "Least-privilege access per action; sensitive data kept from providers that retain it.",
      4: "Output audiences checked against source permissions; risky actions need explicit approval.",
      5: "Access and approvals reviewed on a schedule; credentials scoped per environment and rotated.",
    },
  },
  monitoringAlerting: {
    label: "Monitoring and alerting",
    description: "Whether uncertain cases escalate reliably and the logs show if the integration helps.",
    questions: ["lowConfidence", "logs"],
    rubric: {
      1: "No logs or alerts beyond system errors.",
      2: "Some technical logs; users notice failures first.",
      3: "Low-confidence cases reach a named owner; core decision logs are captured.",
      4: "Failed automations raise visible alerts; escalation tested; approvals and outcomes logged.",
      5: "Business and technical metrics tracked against the baseline, with a trace for every run.",
    },
  },
  rolloutRollback: {
    label: "Rollout and rollback planning",
    description: "How narrow the first launch is, how it was tested, and how it is undone.",
    questions: ["testCases", "firstLaunch"],
    rubric: {
      1: "Big-bang launch planned; no test set and no rollback.",
      2: "A few happy-path tests; rollback means “switch it off”.",
      3: "Narrow first launch, edge-case tests with an expected behaviour each.",
      4: "Phased rollout with shadow mode and rollback criteria for each phase.",
      5: "Rollback or compensating actions rehearsed per write; each phase gated on metrics.",
    },
  },
  trainingReadiness: {
    label: "Training readiness",
    description: "Whether people can run, support and maintain the workflow after launch.",
    questions: ["maintenance"],
    rubric: {
      1: "Users and leads do not know the workflow is changing.",
      2: "Training planned but not scheduled; nobody owns incidents.",
      3: "Frontline users trained; escalation guide and maintenance owners published.",
      4: "Leads trained on failure handling; procedures updated; review cadence set.",
      5: "Post-launch reviews run on a fixed cadence and feed training and the test set.",
    },
  },
};

/**
 * What each area covers in the plan (framework 2.0.0). The questions stay those of 1.0.0;
 * the field mappings count for data ownership and for taxonomy alignment, ROI for none.
 */
const PLAN_COVERAGE: Readonly<Record<AreaKey, readonly PlanSectionKey[]>> = {
  workflowMapping: ["workflowMap"],
  dataOwnership: ["fieldMappings"],
  taxonomyAlignment: ["fieldMappings", "apiContracts"],
  securityControls: ["accessControls"],
  monitoringAlerting: ["exceptions", "kpis"],
  rolloutRollback: ["rollout"],
  trainingReadiness: ["enablement"],
};

/**
 * Rubrics of 2.0.0: the same scale, but a 3 or a 5 now points at what the plan shows
 * (the map, the mapping sheet with its value maps, the contracts, the phases, the KPIs).
 */
const RUBRIC_V2: Readonly<Record<AreaKey, Readonly<Record<ScoreLevel, string>>>> = {
  workflowMapping: {
    1: "No named workflow: the scope is a system (“AI in the CRM”), not a job.",
    2: "Workflow named, but nobody has written down how it runs today.",
    3: "Start, end, owner and outcome metric agreed; today’s steps mapped, each with an owner.",
    4: "The map marks every handoff, manual workaround and re-keyed entry; the baseline is measured.",
    5: "Map and metric signed off by the business owner; fragile steps have a plan and test scenarios come from the map.",
  },
  dataOwnership: {
    1: "Nobody can say which system owns the key objects.",
    2: "Owners known for some objects; sync directions, conflicts or field mappings undefined.",
    3: "Every object in scope has one owning system; the mapping sheet lists each synced field.",
    4: "Every two-way or shared target field has a conflict rule; no mapping overwrites the owner unchecked.",
    5: "Ownership and the mapping sheet reviewed by the business and kept under change control.",
  },
  taxonomyAlignment: {
    1: "Statuses, reason codes and IDs differ between systems with no mapping.",
    2: "The differences are known but no mapping row records them.",
    3: "Every status field has a value map; identifiers are mapped between systems.",
    4: "Reason codes aligned; each connected API has a contract with its allowed values and version rule.",
    5: "The mapping sheet and the API contracts are versioned, watched for vendor changes and relied on for routing and reporting.",
  },
  securityControls: {
    1: "Broad shared credentials; no view of which data reaches the AI provider.",
    2: "Sources listed, but sensitivity, provider retention or output audience unknown.",
    3: "Least-privilege accounts and credentials per action; sensitive data kept from providers that retain it.",
    4: "Credentials split per environment, sensitive fields masked, access audited; risky actions need explicit approval.",
    5: "Every access control in place, secrets rotated on a schedule, access and approvals reviewed regularly.",
  },
  monitoringAlerting: {
    1: "No logs or alerts beyond system errors.",
    2: "Some technical logs; users notice failures first.",
    3: "Low-confidence cases reach a named owner; every failure case has a handling and failures alert someone.",
    4: "Sync writes log source and target ids and failure reasons; technical KPIs have alert thresholds.",
    5: "Technical and operational KPIs tracked against their baselines, with a trace for every run and owned review queues.",
  },
  rolloutRollback: {
    1: "Big-bang launch planned; no test set and no rollback.",
    2: "A few happy-path tests; rollback means “switch it off”.",
    3: "Phases planned from sandbox or read-only onwards, each with rollback criteria; edge-case tests with an expected behaviour.",
    4: "Writes start in a later phase; each phase has exit criteria tied to KPIs and dates in order.",
    5: "Rollback or compensating actions rehearsed per write; every phase gate decided on measured KPIs.",
  },
  trainingReadiness: {
    1: "Users and leads do not know the workflow is changing.",
    2: "Training planned but not scheduled; nobody owns incidents.",
    3: "Procedures updated, frontline users trained, incident owners published.",
    4: "Leads trained on failure handling; stabilization reviews run at least every month for 30 days or more.",
    5: "Weekly stabilization reviews through the first weeks feed training, the test set and the backlog.",
  },
};

export const AREAS: readonly AreaDefinition[] = AREA_KEYS.map((key) => ({
  key,
  source: SOURCE,
  ...TEXT[key],
  planSections: PLAN_COVERAGE[key],
  rubricV2: RUBRIC_V2[key],
}));

const BY_KEY = new Map<AreaKey, AreaDefinition>(AREAS.map((area) => [area.key, area]));

export function areaByKey(key: AreaKey): AreaDefinition {
  return BY_KEY.get(key) as AreaDefinition;
}

/** The area covering each question (every v1 question is covered by exactly one area). */
export const QUESTION_AREA: Readonly<Record<QuestionKey, AreaKey>> = (() => {
  const map: Partial<Record<QuestionKey, AreaKey>> = {};
  for (const key of AREA_KEYS) for (const question of TEXT[key].questions) map[question] = key;
  return map as Record<QuestionKey, AreaKey>;
})();

/**
 * The area a plan section's findings are shown under (2.0.0). The field mappings count
 * for two areas; they are shown under the first, data ownership. ROI has no area.
 */
export const PLAN_SECTION_AREA: Readonly<Record<PlanSectionKey, AreaKey | null>> = (() => {
  const map = Object.fromEntries(PLAN_SECTION_KEYS.map((key) => [key, null])) as Record<PlanSectionKey, AreaKey | null>;
  for (const key of AREA_KEYS) for (const section of PLAN_COVERAGE[key]) map[section] ??= key;
  return map;
})();
