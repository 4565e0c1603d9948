/**
 * The portfolio table's filters, search, sort and page, read from and written to the URL so
 * they survive a reload and can be shared. The Projects page shows the same table (with the
 * archived toggle), so both read one query. Pure.
 */
import { z } from "zod";
import { ALL_RULE_IDS, SYSTEMS, VERDICTS, type AnyRuleId, type Verdict } from "@/lib/readiness";
import { PHASE_FILTERS, type PhaseFilter } from "./rollout-phase";

export const SORT_KEYS = ["name", "verdict", "index", "blockers", "warnings", "lastChange", "owner", "phase", "payback"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const PAGE_SIZE = 25;
export const SEARCH_MAX = 100;

export interface TableQuery {
  /** Part of the project's name, matched case-insensitively (wildcards are literal). */
  q?: string;
  verdict?: Verdict;
  system?: string;
  owner?: string;
  rule?: AnyRuleId;
  /** The stage of the current rollout phase today (rollout-phase.ts). */
  phase?: PhaseFilter;
  /** The archived projects instead of the active ones (the Projects page's toggle). */
  archived?: boolean;
  sort: SortKey;
  dir: "asc" | "desc";
  page: number;
}

type Params = Record<string, string | string[] | undefined>;

// Next hands a key given twice over as an array: the first value counts.
const firstOf = (value: unknown) => (Array.isArray(value) ? value[0] : value);
// Every field falls back rather than fails: an old or hand-edited link still shows the list.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(firstOf, schema.optional().catch(undefined));
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.output<T>) => z.preprocess(firstOf, schema.catch(fallback));

const tableQuerySchema = z.object({
  q: optional(z.string().trim().min(1).max(SEARCH_MAX)),
  verdict: optional(z.enum(VERDICTS)),
  system: optional(z.enum(SYSTEMS)),
  owner: optional(z.string().min(1).max(64)),
  rule: optional(z.enum(ALL_RULE_IDS)),
  phase: optional(z.enum(PHASE_FILTERS)),
  archived: optional(z.literal("1").transform(() => true)),
  sort: withDefault(z.enum(SORT_KEYS), "verdict"),
  dir: withDefault(z.enum(["asc", "desc"]), "asc"),
  page: withDefault(z.coerce.number().int().min(1), 1).transform((page) => Math.min(page, 100_000)),
});

export function parseTableQuery(params: Params): TableQuery {
  return tableQuerySchema.parse(params);
}

export function toSearchParams(query: TableQuery, change: Partial<TableQuery> = {}): string {
  const merged = { ...query, ...change };
  const params = new URLSearchParams();
  for (const key of ["q", "verdict", "system", "owner", "rule", "phase"] as const) if (merged[key]) params.set(key, merged[key]!);
  if (merged.archived) params.set("archived", "1");
  if (merged.sort !== "verdict") params.set("sort", merged.sort);
  if (merged.dir !== "asc") params.set("dir", merged.dir);
  if (merged.page > 1) params.set("page", String(merged.page));
  const text = params.toString();
  return text ? `?${text}` : "?";
}
