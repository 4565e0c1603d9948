/**
 * The workspace's steps: the nine questions, the nine sections of the integration plan, then
 * the area scores. Pure, so the progress rules below and the components agree on which step
 * a dotted path belongs to. Plan section keys never collide with question keys.
 */
import { PLAN_SECTION_KEYS, QUESTION_KEYS, locateTarget, type PlanSectionKey, type QuestionKey } from "@/lib/readiness/client";

export type StepKey = QuestionKey | PlanSectionKey | "scores";

export const STEP_KEYS: readonly StepKey[] = [...QUESTION_KEYS, ...PLAN_SECTION_KEYS, "scores"];

const PLAN_STEPS: ReadonlySet<string> = new Set(PLAN_SECTION_KEYS);

export function isPlanStep(step: StepKey): step is PlanSectionKey {
  return PLAN_STEPS.has(step);
}

/** Where a step's content lives in the document: `answers.actions`, `plan.roi`, `scores`. */
export function stepPath(step: StepKey): string {
  if (step === "scores") return "scores";
  return isPlanStep(step) ? `plan.${step}` : `answers.${step}`;
}

/**
 * The step a path belongs to, or null for paths outside answers, the plan and scores. A
 * not-applicable declaration (`plan.notApplicable.roi`) belongs to its section's step.
 */
export function stepForPath(path: string): StepKey | null {
  const { question, planSection } = locateTarget(path);
  if (question !== null) return question;
  if (planSection !== undefined) return planSection;
  if (path.startsWith("plan.notApplicable.")) {
    const section = path.split(".")[2];
    return section !== undefined && PLAN_STEPS.has(section) ? (section as PlanSectionKey) : null;
  }
  return path === "scores" || path.startsWith("scores.") ? "scores" : null;
}
