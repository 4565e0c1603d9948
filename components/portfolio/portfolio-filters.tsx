import { Button } from "@/components/ui/button";
import { PHASE_FILTERS, phaseLabel } from "@/lib/dashboard/rollout-phase";
import { SEARCH_MAX, type TableQuery } from "@/lib/dashboard/table-query";
import { ENUM_LABELS, SYSTEMS, VERDICTS } from "@/lib/readiness/client";

const select = "mt-1 h-10 rounded-md border border-border bg-surface px-2 text-sm";

/**
 * A plain GET form (it works without JavaScript): the search and filters live in the URL, so they survive a reload and can be shared.
 * The action keeps the results' anchor (a GET form replaces the query, not the fragment), so
 * the page opens on the table. Active filters and their removal are ActiveFilterChips.
 */
export function PortfolioFilters({
  query,
  owners,
  base,
  anchor,
}: {
  query: TableQuery;
  owners: { id: string; name: string }[];
  base: string;
  anchor: string;
}) {
  return (
    <form method="get" action={`${base}#${anchor}`} className="no-print flex flex-wrap items-end gap-3" aria-label="Filter projects">
      <div className="w-full text-sm sm:w-auto">
        <label htmlFor="filter-q" className="block font-medium">
          Name contains
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          maxLength={SEARCH_MAX}
          autoComplete="off"
          className={`${select} w-full sm:w-56`}
        />
      </div>
      <FilterSelect
        name="verdict"
        label="Verdict"
        value={query.verdict}
        anyLabel="All verdicts"
        options={VERDICTS.map((v) => ({ value: v, label: ENUM_LABELS.verdict[v] }))}
      />
      <FilterSelect
        name="system"
        label="System"
        value={query.system}
        anyLabel="All systems"
        options={SYSTEMS.map((s) => ({ value: s, label: ENUM_LABELS.systems[s] }))}
      />
      <FilterSelect
        name="owner"
        label="Owner"
        value={query.owner}
        anyLabel="Anyone"
        options={owners.map((o) => ({ value: o.id, label: o.name }))}
      />
      <FilterSelect
        name="phase"
        label="Rollout phase today"
        value={query.phase}
        anyLabel="Any phase"
        options={PHASE_FILTERS.map((p) => ({ value: p, label: phaseLabel(p) }))}
      />
      {query.rule ? <input type="hidden" name="rule" value={query.rule} /> : null}
      {query.archived ? <input type="hidden" name="archived" value="1" /> : null}
      {query.sort !== "verdict" ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {query.dir !== "asc" ? <input type="hidden" name="dir" value={query.dir} /> : null}
      <Button type="submit" variant="secondary">
        Apply filters
      </Button>
    </form>
  );
}

function FilterSelect({
  name,
  label,
  value,
  anyLabel,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  anyLabel: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="text-sm">
      <label htmlFor={`filter-${name}`} className="block font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={select}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
