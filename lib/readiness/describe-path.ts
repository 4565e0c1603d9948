/**
 * Human labels for dotted paths and the values found at them, for the conflict view and
 * the validation summary: `answers.actions.2.approval` → "Q5 · Action 3 · Approval level",
 * `"guardrails"` → "Execute with guardrails". Wording comes from the framework (FIELDS,
 * QUESTIONS, AREAS, ENUM_LABELS), never from here, except the row nouns below.
 */
import {
  CUSTOM_OBJECT_PREFIX,
  ENUM_LABELS,
  FIELDS,
  PLAN_SECTION_LABELS,
  PLAN_SECTION_TEXTS,
  ROOT_PATH,
  VALUE_MAP_PAIR_FIELDS,
  areaByKey,
  isAreaKey,
  isPlanSectionKey,
  isQuestionKey,
  questionByKey,
  type FieldText,
  type QuestionKey,
} from "./client";

/** What one row of each list is called ("Action 3"), and the section as a whole. */
const SECTION_NAMES: Readonly<Record<QuestionKey, { section: string; row?: string }>> = {
  workflow: { section: "Workflow" },
  sourceOfTruth: { section: "Sources of truth", row: "Object" },
  dataSources: { section: "Data sources", row: "Data source" },
  lowConfidence: { section: "Low confidence" },
  actions: { section: "Actions", row: "Action" },
  testCases: { section: "Test cases", row: "Test case" },
  logs: { section: "Logs" },
  maintenance: { section: "Maintenance" },
  firstLaunch: { section: "First launch" },
};

export function rowNoun(question: QuestionKey): string {
  return SECTION_NAMES[question].row ?? SECTION_NAMES[question].section;
}

export function sectionName(question: QuestionKey): string {
  return SECTION_NAMES[question].section;
}

type FieldGroup = Readonly<Record<string, FieldText>>;

function fieldGroup(name: string): FieldGroup | undefined {
  return (FIELDS as unknown as Readonly<Record<string, FieldGroup>>)[name];
}

function fieldLabel(group: string, key: string): string {
  return fieldGroup(group)?.[key]?.label ?? key;
}

const isIndex = (segment: string) => /^\d+$/.test(segment);

/** Labels for the segments after the section: fields, nested fields, list entries. */
function describeRest(group: string, rest: readonly string[]): string[] {
  const parts: string[] = [];
  let current = group;
  for (const segment of rest) {
    if (isIndex(segment)) {
      parts.push(`entry ${Number(segment) + 1}`);
      continue;
    }
    parts.push(fieldLabel(current, segment));
    // Only Q1's outcome nests a group of its own in v1.
    if (fieldGroup(segment) !== undefined) current = segment;
  }
  return parts;
}

function describeAnswers(segments: readonly string[]): string[] {
  const [key, ...rest] = segments;
  if (key === undefined) return ["Answers"];
  if (!isQuestionKey(key)) return ["Answers", ...segments];
  const parts = [questionByKey(key).number];
  const noun = SECTION_NAMES[key].row;
  if (rest.length === 0) return [...parts, SECTION_NAMES[key].section];
  if (noun !== undefined && isIndex(rest[0]!)) {
    parts.push(`${noun} ${Number(rest[0]) + 1}`);
    parts.push(...describeRest(key, rest.slice(1)));
  } else {
    parts.push(...describeRest(key, rest));
  }
  return parts;
}

function describeScores(segments: readonly string[]): string[] {
  const [area, ...rest] = segments;
  if (area === undefined) return ["Scores"];
  if (!isAreaKey(area)) return ["Scores", ...segments];
  return ["Scores", areaByKey(area).label, ...describeRest("score", rest)];
}

/** Nested groups inside a plan row: a mapping's value-map pairs. */
const PLAN_NESTED: Readonly<Record<string, FieldGroup>> = { valueMap: VALUE_MAP_PAIR_FIELDS };

/**
 * `plan.fieldMappings.3.targetField` → ["Field mappings", "Row 4", "Target field"],
 * `plan.notApplicable.roi` → ["Automation ROI", "Not applicable"]: sections, rows and fields
 * as the plan's own wording names them (plan-text/).
 */
function describePlan(segments: readonly string[]): string[] {
  const [section, ...rest] = segments;
  if (section === undefined) return ["Integration plan"];
  if (section === "notApplicable" && rest[0] !== undefined && isPlanSectionKey(rest[0])) {
    return [PLAN_SECTION_LABELS[rest[0]], "Not applicable"];
  }
  if (!isPlanSectionKey(section)) return ["Integration plan", ...segments];
  let group: FieldGroup = PLAN_SECTION_TEXTS[section].fields;
  return [
    PLAN_SECTION_LABELS[section],
    ...rest.map((segment, index) => {
      if (isIndex(segment)) return index === 0 ? `Row ${Number(segment) + 1}` : `entry ${Number(segment) + 1}`;
      const label = group[segment]?.label ?? segment;
      group = PLAN_NESTED[segment] ?? group;
      return label;
    }),
  ];
}

/** `answers.actions.2.approval` → ["Q5", "Action 3", "Approval level"]. Unknown segments are kept as they are. */
export function describePathParts(path: string): string[] {
  if (path === ROOT_PATH || path === "") return ["Whole assessment"];
  const [root, ...rest] = path.split(".");
  if (root === "answers") return describeAnswers(rest);
  if (root === "scores") return describeScores(rest);
  if (root === "plan") return describePlan(rest);
  return [path];
}

/** `answers.actions.2.approval` → "Q5 · Action 3 · Approval level". */
export function describePath(path: string): string {
  return describePathParts(path).join(" · ");
}

const ENUM_BY_FIELD: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  owningSystem: ENUM_LABELS.systems,
  targetSystem: ENUM_LABELS.systems,
  object: ENUM_LABELS.objects,
  aiAccess: ENUM_LABELS.aiAccess,
  syncDirection: ENUM_LABELS.syncDirection,
  sensitivity: ENUM_LABELS.sensitivity,
  providerRetention: ENUM_LABELS.providerRetention,
  fallbacks: ENUM_LABELS.fallbacks,
  kind: ENUM_LABELS.kind,
  approval: ENUM_LABELS.approval,
  category: ENUM_LABELS.category,
  status: ENUM_LABELS.status,
  captured: ENUM_LABELS.captured,
  risk: ENUM_LABELS.risk,
};

/** The value at `path` in words: enum labels, Yes/No, "Custom: Lead score", "(empty)". */
export function describeValue(path: string, value: unknown): string {
  const field = path.split(".").findLast((segment) => !isIndex(segment)) ?? "";
  const labels = ENUM_BY_FIELD[field];
  const one = (item: unknown): string => {
    if (typeof item === "string") {
      if (field === "object" && item.startsWith(CUSTOM_OBJECT_PREFIX)) return `Custom: ${item.slice(CUSTOM_OBJECT_PREFIX.length)}`;
      return labels?.[item] ?? item;
    }
    if (typeof item === "boolean") return item ? "Yes" : "No";
    if (typeof item === "number") return String(item);
    return JSON.stringify(item) ?? "";
  };
  if (value === undefined || value === null || value === "") return "(empty)";
  if (Array.isArray(value)) return value.length === 0 ? "(none)" : value.map(one).join(", ");
  return one(value);
}
