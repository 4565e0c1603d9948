/**
 * The workspace's steps: the nine questions, then the area scores. Pure, so the progress
 * rules below and the components agree on which step a dotted path belongs to.
 */
import { QUESTION_KEYS, locateTarget, type QuestionKey } from "@/lib/readiness/client";

export type StepKey = QuestionKey | "scores";

export const STEP_KEYS: readonly StepKey[] = [...QUESTION_KEYS, "scores"];

/** The step a path belongs to, or null for paths outside answers and scores. */
export function stepForPath(path: string): StepKey | null {
  const { question } = locateTarget(path);
  if (question !== null) return question;
  return path === "scores" || path.startsWith("scores.") ? "scores" : null;
}
