import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { TableQuery } from "@/lib/dashboard/table-query";
import { ENUM_LABELS, ruleById, SYSTEMS, VERDICTS } from "@/lib/readiness";

const select = "mt-1 h-10 rounded-md border border-border bg-surface px-2 text-sm";

/** A plain GET form: the filters live in the URL, so they survive a reload and can be shared. */
export function PortfolioFilters({ query, owners, base }: { query: TableQuery; owners: { id: string; name: string }[]; base: string }) {
  return (
    <form method="get" action={base} className="no-print flex flex-wrap items-end gap-3" aria-label="Filter projects">
      <div className="text-sm">
        <label htmlFor="filter-verdict" className="block font-medium">
          Verdict
        </label>
        <select id="filter-verdict" name="verdict" defaultValue={query.verdict ?? ""} className={select}>
          <option value="">All verdicts</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {ENUM_LABELS.verdict[v]}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm">
        <label htmlFor="filter-system" className="block font-medium">
          System
        </label>
        <select id="filter-system" name="system" defaultValue={query.system ?? ""} className={select}>
          <option value="">All systems</option>
          {SYSTEMS.map((s) => (
            <option key={s} value={s}>
              {ENUM_LABELS.systems[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm">
        <label htmlFor="filter-owner" className="block font-medium">
          Owner
        </label>
        <select id="filter-owner" name="owner" defaultValue={query.owner ?? ""} className={select}>
          <option value="">Anyone</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      {query.rule ? <input type="hidden" name="rule" value={query.rule} /> : null}
      {query.sort !== "verdict" ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {query.dir !== "asc" ? <input type="hidden" name="dir" value={query.dir} /> : null}
      <Button type="submit" variant="secondary">
        Apply filters
      </Button>
      {query.verdict || query.system || query.owner || query.rule ? (
        <Link href={base} className="pb-2 text-sm text-accent underline">
          Clear filters
        </Link>
      ) : null}
      {query.rule ? (
        <p className="w-full text-sm">
          Showing projects blocked by <strong>{query.rule}</strong> — {ruleById(query.rule).title}
        </p>
      ) : null}
    </form>
  );
}
