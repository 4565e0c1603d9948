/**
 * The portfolio table's filters, sort and page, read from and written to the URL so they
 * survive a reload and can be shared. Pure.
 */
import { RULE_IDS, SYSTEMS, VERDICTS, type RuleId, type Verdict } from "@/lib/readiness";
import type { PortfolioRow } from "./portfolio";

export const SORT_KEYS = ["name", "verdict", "index", "blockers", "warnings", "lastChange", "owner"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const PAGE_SIZE = 25;

export interface TableQuery {
  verdict?: Verdict;
  system?: string;
  owner?: string;
  rule?: RuleId;
  sort: SortKey;
  dir: "asc" | "desc";
  page: number;
}

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const oneOf = <T extends string>(list: readonly T[], value: string | undefined) => (value && (list as readonly string[]).includes(value) ? (value as T) : undefined);

export function parseTableQuery(params: Params): TableQuery {
  const page = Number.parseInt(one(params.page) ?? "1", 10);
  const owner = one(params.owner);
  return {
    verdict: oneOf(VERDICTS, one(params.verdict)),
    system: oneOf(SYSTEMS, one(params.system)),
    owner: owner && owner.length <= 64 ? owner : undefined,
    rule: oneOf(RULE_IDS, one(params.rule)),
    sort: oneOf(SORT_KEYS, one(params.sort)) ?? "verdict",
    dir: one(params.dir) === "desc" ? "desc" : "asc",
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 100_000) : 1,
  };
}

export function toSearchParams(query: TableQuery, change: Partial<TableQuery> = {}): string {
  const merged = { ...query, ...change };
  const params = new URLSearchParams();
  for (const key of ["verdict", "system", "owner", "rule"] as const) if (merged[key]) params.set(key, merged[key]!);
  if (merged.sort !== "verdict") params.set("sort", merged.sort);
  if (merged.dir !== "asc") params.set("dir", merged.dir);
  if (merged.page > 1) params.set("page", String(merged.page));
  const text = params.toString();
  return text ? `?${text}` : "?";
}

export function filterRows(rows: readonly PortfolioRow[], query: TableQuery): PortfolioRow[] {
  return rows.filter(
    (row) =>
      (!query.verdict || row.verdict === query.verdict) &&
      (!query.system || row.systems.includes(query.system)) &&
      (!query.owner || row.owner?.id === query.owner) &&
      (!query.rule || row.blockerRules.includes(query.rule)),
  );
}

// Blocked first when sorting by verdict ascending: the most urgent rows lead.
const VERDICT_RANK: Record<Verdict, number> = { blocked: 0, incomplete: 1, ready: 2 };

function compare(a: PortfolioRow, b: PortfolioRow, key: SortKey): number {
  switch (key) {
    case "name":
      return a.name.localeCompare(b.name);
    case "verdict":
      return VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] || b.blockers - a.blockers;
    case "index":
      return (a.index ?? -1) - (b.index ?? -1);
    case "blockers":
      return a.blockers - b.blockers;
    case "warnings":
      return a.warnings - b.warnings;
    case "lastChange":
      return a.lastChange.localeCompare(b.lastChange);
    case "owner":
      return (a.owner?.name ?? "\uffff").localeCompare(b.owner?.name ?? "\uffff");
  }
}

export function sortRows(rows: readonly PortfolioRow[], query: Pick<TableQuery, "sort" | "dir">): PortfolioRow[] {
  const sign = query.dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b, query.sort) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export function pageOf<T>(rows: readonly T[], page: number, size = PAGE_SIZE): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(page, pages);
  return { items: rows.slice((current - 1) * size, current * size), page: current, pages };
}
