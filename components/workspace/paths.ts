/**
 * Dotted paths ↔ the workspace's steps and DOM ids. Findings, validation issues and
 * conflicts all name fields by dotted path (`answers.actions.2.approval`); these helpers
 * let each of them find its step and its control.
 */
export { STEP_KEYS, stepForPath, type StepKey } from "@/lib/workspace/steps";

/** `answers.actions.2.approval` → `f-answers-actions-2-approval`. Every control's id is built with this. */
export function fieldIdFor(target: string): string {
  return `f-${target.split(".").join("-")}`;
}

/**
 * Ids to try, most specific first, when moving focus to a path: a target may name a field
 * that has no control of its own (a whole section, `outcome`), so its ancestors — the
 * row container, the section — are the fallbacks.
 */
export function focusCandidates(path: string): string[] {
  const segments = path.split(".");
  const ids: string[] = [];
  for (let length = segments.length; length >= 2; length -= 1) ids.push(fieldIdFor(segments.slice(0, length).join(".")));
  return ids;
}

/**
 * Whether an issue at `issuePath` belongs to the control at `fieldPath`: the same path, or
 * inside it (`sensitivity.2` belongs to the `sensitivity` checkbox group).
 */
export function pathBelongsTo(issuePath: string, fieldPath: string): boolean {
  return issuePath === fieldPath || issuePath.startsWith(`${fieldPath}.`);
}
