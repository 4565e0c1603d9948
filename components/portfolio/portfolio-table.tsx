import Link from "next/link";
import { VerdictBadge } from "@/components/readiness/verdict-badge";
import { Table, Th } from "@/components/ui/table";
import type { PortfolioRow } from "@/lib/dashboard/portfolio";
import { paybackText, phaseLabel } from "@/lib/dashboard/rollout-phase";
import { toSearchParams, type SortKey, type TableQuery } from "@/lib/dashboard/table-query";
import { ENUM_LABELS, readinessPercent, type SystemKey } from "@/lib/readiness/client";
import { formatDate, type DateFormat } from "@/lib/utils/format-date";

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "name", label: "Project" },
  { key: "verdict", label: "Verdict" },
  { key: "index", label: "Readiness" },
  { key: "blockers", label: "Blockers" },
  { key: "warnings", label: "Warnings" },
  { key: "lastChange", label: "Last change" },
  { key: "owner", label: "Owner" },
  { key: "phase", label: "Phase" },
  { key: "payback", label: "Payback" },
];

interface Props {
  csvHref: string;
  rows: PortfolioRow[];
  total: number;
  query: TableQuery;
  page: number;
  pages: number;
  projectHref: (id: string) => string;
  dateFormat: DateFormat;
}

// Body cell styles declared once on the table rather than on each of the 200 cells of a
// page: the page's HTML and RSC payload shrink, and so does its render time.
const BODY_STYLES =
  "[&_tbody_td]:border-t [&_tbody_td]:border-border [&_tbody_td]:px-3 [&_tbody_td]:py-2 [&_tbody_td]:align-middle [&_tbody_a]:font-medium [&_tbody_a]:text-accent [&_tbody_a]:underline";

/**
 * Sortable by column header links (state in the URL), paged so 1,000 projects stay quick.
 * No link here prefetches: each would render the whole portfolio again on the server for
 * a click that may never come (and on a phone, process the answers on the main thread).
 */
export function PortfolioTable({ csvHref, rows, total, query, page, pages, projectHref, dateFormat }: Props) {
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-fg-muted" aria-live="polite" data-testid="table-count">
          {total} project{total === 1 ? "" : "s"}
          {pages > 1 ? ` · page ${page} of ${pages}` : ""}
        </p>
        <a href={csvHref} download className="no-print text-sm font-medium text-accent underline">
          Download CSV
        </a>
      </div>
      <Table label="Projects table" className={BODY_STYLES}>
        <caption className="sr-only">
          Projects with verdict, readiness index, blockers, warnings, current rollout phase and payback. Column headers sort the table.
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = query.sort === column.key;
              const nextDir = active && query.dir === "asc" ? "desc" : "asc";
              return (
                <Th key={column.key} aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
                  <Link
                    href={toSearchParams(query, { sort: column.key, dir: nextDir, page: 1 })}
                    prefetch={false}
                    className="hover:underline"
                  >
                    {column.label}
                    <span aria-hidden> {active ? (query.dir === "asc" ? "▲" : "▼") : ""}</span>
                  </Link>
                </Th>
              );
            })}
            <Th>Systems</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Link href={projectHref(row.id)} prefetch={false}>
                  {row.name}
                </Link>
              </td>
              <td>
                <VerdictBadge verdict={row.verdict} />
              </td>
              <td>{row.index === null ? "—" : `${row.index.toFixed(2)} (${readinessPercent(row.index)}%)`}</td>
              <td>{row.blockers}</td>
              <td>{row.warnings}</td>
              <td>
                <time dateTime={row.lastChange}>{formatDate(row.lastChange, { format: dateFormat })}</time>
              </td>
              <td>{row.owner?.name ?? "—"}</td>
              <td>{row.phase === null ? "—" : phaseLabel(row.phase)}</td>
              <td className="whitespace-nowrap tabular-nums">{paybackText(row.roi?.paybackMonths ?? null, row.roi !== null)}</td>
              <td className="text-xs">{row.systems.map((s) => ENUM_LABELS.systems[s as SystemKey] ?? s).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {pages > 1 ? (
        <nav aria-label="Project table pages" className="no-print flex gap-4 text-sm">
          {page > 1 ? (
            <Link href={toSearchParams(query, { page: page - 1 })} prefetch={false} className="text-accent underline">
              Previous page
            </Link>
          ) : null}
          {page < pages ? (
            <Link href={toSearchParams(query, { page: page + 1 })} prefetch={false} className="text-accent underline">
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
