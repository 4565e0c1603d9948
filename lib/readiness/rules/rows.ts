/** One hit per row that matches: the shared loop of every row rule. */
import type { ListPlanSectionKey } from "../keys";
import type { RuleHit } from "./types";

/**
 * Row targets (`answers.actions.3`) per list path, built once and reused by every rule and
 * every evaluation. A reused string keeps its hash and flat form, so sorting findings by
 * target (a cached key per target) does not rebuild or re-hash a fresh string per finding.
 * Bounded: list paths are the schema's lists and a list holds at most 2,000 rows.
 */
const ROW_TARGETS: Readonly<Record<"answers" | "plan", Map<string, string[]>>> = { answers: new Map(), plan: new Map() };

/** `<root>.<section>.<index>`, e.g. `rowTarget("plan", "kpis", 2)` → `plan.kpis.2`. */
export function rowTarget(root: "answers" | "plan", section: string, index: number): string {
  const lists = ROW_TARGETS[root];
  let targets = lists.get(section);
  if (targets === undefined) {
    targets = [];
    lists.set(section, targets);
  }
  // Filled in order, so the array stays dense.
  while (targets.length <= index) targets.push(`${root}.${section}.${targets.length}`);
  return targets[index] as string;
}

function listHits<Row>(
  rows: readonly Row[] | undefined,
  root: "answers" | "plan",
  section: string,
  applies: (row: Row) => boolean,
  message: (row: Row) => string,
): RuleHit[] {
  const hits: RuleHit[] = [];
  if (rows === undefined) return hits;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index] as Row;
    if (applies(row)) hits.push({ target: rowTarget(root, section, index), message: message(row) });
  }
  return hits;
}

export function rowHits<Row>(
  rows: readonly Row[] | undefined,
  section: string,
  applies: (row: Row) => boolean,
  message: (row: Row) => string,
): RuleHit[] {
  return listHits(rows, "answers", section, applies, message);
}

/** `rowHits` for a list section of the plan: targets `plan.<section>.<index>`. */
export function planRowHits<Row>(
  rows: readonly Row[] | undefined,
  section: ListPlanSectionKey,
  applies: (row: Row) => boolean,
  message: (row: Row) => string,
): RuleHit[] {
  return listHits(rows, "plan", section, applies, message);
}

const FIELD_TARGETS = new Map<string, Map<string, string>>();

/**
 * `<prefix>.<field>` (`answers.maintenance.dataMapping`, `scores.dataOwnership`), built
 * once and reused, for the same reason as `rowTarget`. Bounded: prefixes and fields are
 * the schema's keys.
 */
export function fieldTarget(prefix: string, field: string): string {
  let targets = FIELD_TARGETS.get(prefix);
  if (targets === undefined) {
    targets = new Map();
    FIELD_TARGETS.set(prefix, targets);
  }
  let target = targets.get(field);
  if (target === undefined) {
    target = `${prefix}.${field}`;
    targets.set(field, target);
  }
  return target;
}
