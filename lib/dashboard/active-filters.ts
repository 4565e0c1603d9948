/**
 * The portfolio's active filters as removable chips: what each one reads as and the query
 * that drops it. Pure, so the page and its tests share one wording.
 */
import { ENUM_LABELS, ruleTitle, type SystemKey } from "@/lib/readiness/client";
import { phaseLabel } from "./rollout-phase";
import type { TableQuery } from "./table-query";

export const FILTER_KEYS = ["q", "verdict", "system", "owner", "rule", "phase"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface ActiveFilter {
  key: FilterKey;
  /** "Verdict: Blocked", "Blocked by: Test case failing". */
  label: string;
  /** The rule id, for a tooltip: people read the title, the id is for those who search for it. */
  detail?: string;
  /** The query without this filter, back on page 1. */
  without: TableQuery;
}

export function activeFilters(query: TableQuery, owners: readonly { id: string; name: string }[]): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  const without = (key: FilterKey): TableQuery => ({ ...query, [key]: undefined, page: 1 });
  if (query.q) filters.push({ key: "q", label: `Name contains: “${query.q}”`, without: without("q") });
  if (query.verdict) filters.push({ key: "verdict", label: `Verdict: ${ENUM_LABELS.verdict[query.verdict]}`, without: without("verdict") });
  if (query.system)
    filters.push({
      key: "system",
      label: `System: ${ENUM_LABELS.systems[query.system as SystemKey] ?? query.system}`,
      without: without("system"),
    });
  if (query.owner) {
    // An owner who no longer owns an active project still filters (to nothing): say so rather than show an id.
    const name = owners.find((owner) => owner.id === query.owner)?.name ?? "someone who owns no active project";
    filters.push({ key: "owner", label: `Owner: ${name}`, without: without("owner") });
  }
  if (query.rule)
    filters.push({ key: "rule", label: `Blocked by: ${ruleTitle(query.rule)}`, detail: query.rule, without: without("rule") });
  if (query.phase) filters.push({ key: "phase", label: `Rollout phase: ${phaseLabel(query.phase)}`, without: without("phase") });
  return filters;
}

/** The query with every filter and the search removed (sort, direction and the archived toggle kept). */
export function withoutFilters(query: TableQuery): TableQuery {
  return { ...query, q: undefined, verdict: undefined, system: undefined, owner: undefined, rule: undefined, page: 1 };
}
