/**
 * The portfolio table's filters, sort and page, read from and written to the URL so they
 * survive a reload and can be shared. Pure.
 */
import { RULE_IDS, SYSTEMS, VERDICTS, type RuleId, type Verdict } from "@/lib/readiness";

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
const oneOf = <T extends string>(list: readonly T[], value: string | undefined) =>
  value && (list as readonly string[]).includes(value) ? (value as T) : undefined;

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
