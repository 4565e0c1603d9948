/**
 * Who should own an item, as far as the answers say: the person named closest to the
 * finding's field. The caller falls back to the project owner when this returns null, and a
 * person can always reassign. `matchMember` turns a name typed in the answers into a member.
 * Pure.
 */
import {
  FIELDS,
  isBlank,
  isQuestionKey,
  MAINTENANCE_DUTIES,
  type JudgedDocument,
  type MaintenanceDuty,
  type PlanSectionKey,
  type QuestionKey,
} from "@/lib/readiness";
import type { SuggestedOwner } from "./types";

/** The Q8 duty whose owner naturally fixes findings on each question or plan section. */
const QUESTION_DUTY: Partial<Record<QuestionKey, MaintenanceDuty>> = {
  sourceOfTruth: "dataMapping",
  dataSources: "accessReviews",
  lowConfidence: "failedWorkflowTriage",
  actions: "promptPolicy",
  testCases: "evaluationRefresh",
  logs: "monthlyReview",
};

const PLAN_DUTY: Partial<Record<PlanSectionKey, MaintenanceDuty>> = {
  fieldMappings: "dataMapping",
  apiContracts: "vendorApiChanges",
  exceptions: "failedWorkflowTriage",
  accessControls: "accessReviews",
  kpis: "monthlyReview",
};

function named(value: string | undefined, from: string): SuggestedOwner | null {
  return value === undefined || isBlank(value) ? null : { name: value.trim(), from };
}

function rowIndex(segment: string | undefined): number | null {
  return segment !== undefined && /^\d+$/.test(segment) ? Number(segment) : null;
}

function isDuty(key: string | undefined): key is MaintenanceDuty {
  return (MAINTENANCE_DUTIES as readonly (string | undefined)[]).includes(key);
}

function dutyOwner(document: JudgedDocument, duty: MaintenanceDuty | undefined): SuggestedOwner | null {
  if (duty === undefined) return null;
  return named(document.answers?.maintenance?.[duty], `maintenance owner for ${FIELDS.maintenance[duty].label.toLowerCase()} (Q8)`);
}

/** The owner named on the row or field the target points at, before any duty or the workflow owner. */
function ownerAtTarget(document: JudgedDocument, root: string, section: string | undefined, rest: string[]): SuggestedOwner | null {
  const row = rowIndex(rest[0]);
  if (root === "answers" && section === "lowConfidence")
    return named(document.answers?.lowConfidence?.escalationOwner, "escalation owner (Q4)");
  if (root === "answers" && section === "maintenance" && isDuty(rest[0])) return dutyOwner(document, rest[0]);
  if (root !== "plan" || row === null) return null;
  const plan = document.plan;
  if (section === "kpis") return named(plan?.kpis?.[row]?.owner, "KPI owner");
  if (section === "exceptions") return named(plan?.exceptions?.[row]?.owner, "exception owner");
  if (section === "workflowMap") return named(plan?.workflowMap?.[row]?.owner, "workflow step owner");
  return null;
}

/**
 * The person the answers name for a finding at `target` (a dotted path such as
 * `plan.kpis.3`), most specific first: the owner on that row or field (escalation owner,
 * maintenance duty owner, KPI, exception or workflow-step owner), then the maintenance owner
 * whose duty covers the question or plan section, then the workflow's business owner (Q1).
 * Null when the answers name nobody.
 */
export function suggestOwner(document: JudgedDocument, target: string): SuggestedOwner | null {
  const [root = "", section, ...rest] = target.split(".");
  const atTarget = ownerAtTarget(document, root, section, rest);
  if (atTarget !== null) return atTarget;
  let duty: MaintenanceDuty | undefined;
  if (root === "answers" && isQuestionKey(section ?? "")) duty = QUESTION_DUTY[section as QuestionKey];
  if (root === "plan") duty = PLAN_DUTY[section as PlanSectionKey];
  return dutyOwner(document, duty) ?? named(document.answers?.workflow?.owner, "workflow owner (Q1)");
}

export interface MemberCandidate {
  id: string;
  name: string | null;
  email: string;
}

const normalise = (value: string) => value.trim().toLowerCase();

/**
 * The member a name from the answers refers to: compared trimmed and case-insensitively
 * with each member's name, then full email, then the email's local part ("dana" for
 * dana@acme.test), the first level that matches anyone decides. Null when nothing matches or
 * the best level matches two members (an ambiguous name is not guessed).
 */
export function matchMember(name: string, members: readonly MemberCandidate[]): string | null {
  const wanted = normalise(name);
  if (wanted === "") return null;
  const levels: ((member: MemberCandidate) => string | null)[] = [
    (member) => (member.name === null ? null : normalise(member.name)),
    (member) => normalise(member.email),
    (member) => normalise(member.email.split("@")[0] ?? ""),
  ];
  for (const level of levels) {
    const hits = members.filter((member) => level(member) === wanted);
    if (hits.length === 1) return hits[0]!.id;
    if (hits.length > 1) return null;
  }
  return null;
}
