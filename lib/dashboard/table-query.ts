/**
 * The portfolio table's filters, search, sort and page, read from and written to the URL so
 * they survive a reload and can be shared. The Projects page shows the same table (with the
 * archived toggle), so both read one query. Pure.
 */
import { z } from "zod";
import { RULE_IDS, SYSTEMS, VERDICTS, type RuleId, type Verdict } from "@/lib/readiness";

export const SORT_KEYS = ["name", "verdict", "index", "blockers", "warnings", "lastChange", "owner"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const PAGE_SIZE = 25;
export const SEARCH_MAX = 100;

export interface TableQuery {
  /** Part of the project's name, matched case-insensitively (wildcards are literal). */
  q?: string;
  verdict?: Verdict;
  system?: string;
  owner?: string;
  rule?: RuleId;
  /** The archived projects instead of the active ones (the Projects page's toggle). */
  archived?: boolean;
  sort: SortKey;
  dir: "asc" | "desc";
  page: number;
}

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const oneOf = <T extends string>(list: readonly T[], value: string | undefined) =>
  value && (list as readonly string[]).includes(value) ? (value as T) : undefined;
// Blank or too long reads as "no search" rather than an error: a bad link still shows the list.
const searchText = z.string().trim().min(1).max(SEARCH_MAX);

export function parseTableQuery(params: Params): TableQuery {
  const page = Number.parseInt(one(params.page) ?? "1", 10);
  const owner = one(params.owner);
  const q = searchText.safeParse(one(params.q));
  return {
    q: q.success ? q.data : undefined,
    verdict: oneOf(VERDICTS, one(params.verdict)),
    system: oneOf(SYSTEMS, one(params.system)),
    owner: owner && owner.length <= 64 ? owner : undefined,
    rule: oneOf(RULE_IDS, one(params.rule)),
    archived: one(params.archived) === "1" ? true : undefined,
    sort: oneOf(SORT_KEYS, one(params.sort)) ?? "verdict",
    dir: one(params.dir) === "desc" ? "desc" : "asc",
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 100_000) : 1,
  };
}

export function toSearchParams(query: TableQuery, change: Partial<TableQuery> = {}): string {
  const merged = { ...query, ...change };
  const params = new URLSearchParams();
  for (const key of ["q", "verdict", "system", "owner", "rule"] as const) if (merged[key]) params.set(key, merged[key]!);
  if (merged.archived) params.set("archived", "1");
  if (merged.sort !== "verdict") params.set("sort", merged.sort);
  if (merged.dir !== "asc") params.set("dir", merged.dir);
  if (merged.page > 1) params.set("page", String(merged.page));
  const text = params.toString();
  return text ? `?${text}` : "?";
}
