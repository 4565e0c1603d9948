import Link from "next/link";
import { activeFilters, withoutFilters } from "@/lib/dashboard/active-filters";
import { toSearchParams, type TableQuery } from "@/lib/dashboard/table-query";

/**
 * What narrows the table, as chips that each remove their filter, plus "Clear all". Links,
 * not buttons: the filters live in the URL, and each link lands back on the results.
 */
export function ActiveFilterChips({
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
  const filters = activeFilters(query, owners);
  if (filters.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="active-filters">
      <span className="text-fg-muted">Showing only:</span>
      <ul className="contents">
        {filters.map((filter) => (
          <li key={filter.key}>
            <Link
              href={`${base}${toSearchParams(filter.without)}#${anchor}`}
              prefetch={false}
              title={filter.detail ? `${filter.detail} — remove this filter` : "Remove this filter"}
              className="inline-flex max-w-full items-center gap-1.5 rounded-full border border-accent bg-surface px-3 py-1 font-medium text-fg hover:bg-surface-muted"
            >
              <span className="min-w-0 break-words">{filter.label}</span>
              <span aria-hidden className="text-fg-muted">
                ✕
              </span>
              <span className="sr-only">(remove this filter)</span>
            </Link>
          </li>
        ))}
      </ul>
      <Link href={`${base}${toSearchParams(withoutFilters(query))}#${anchor}`} prefetch={false} className="px-1 text-accent underline">
        Clear all
      </Link>
    </div>
  );
}
