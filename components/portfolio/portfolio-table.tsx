import Link from "next/link";
import { VerdictBadge } from "@/components/readiness/verdict-badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { PortfolioRow } from "@/lib/dashboard/portfolio";
import { toSearchParams, type SortKey, type TableQuery } from "@/lib/dashboard/table-query";
import { ENUM_LABELS, readinessPercent, type SystemKey } from "@/lib/readiness";

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "name", label: "Project" },
  { key: "verdict", label: "Verdict" },
  { key: "index", label: "Readiness" },
  { key: "blockers", label: "Blockers" },
  { key: "warnings", label: "Warnings" },
  { key: "lastChange", label: "Last change" },
  { key: "owner", label: "Owner" },
];

interface Props {
  csvHref: string;
  rows: PortfolioRow[];
  total: number;
  query: TableQuery;
  page: number;
  pages: number;
  projectHref: (id: string) => string;
}

/** Sortable by column header links (state in the URL), paged so 1,000 projects stay quick. */
export function PortfolioTable({ csvHref, rows, total, query, page, pages, projectHref }: Props) {
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
      <Table>
        <caption className="sr-only">Projects with verdict, readiness index, blockers and warnings. Column headers sort the table.</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = query.sort === column.key;
              const nextDir = active && query.dir === "asc" ? "desc" : "asc";
              return (
                <Th key={column.key} aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
                  <Link href={toSearchParams(query, { sort: column.key, dir: nextDir, page: 1 })} className="hover:underline">
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
              <Td>
                <Link href={projectHref(row.id)} className="font-medium text-accent underline">
                  {row.name}
                </Link>
              </Td>
              <Td>
                <VerdictBadge verdict={row.verdict} />
              </Td>
              <Td>{row.index === null ? "—" : `${row.index.toFixed(2)} (${readinessPercent(row.index)}%)`}</Td>
              <Td>{row.blockers}</Td>
              <Td>{row.warnings}</Td>
              <Td>
                <time dateTime={row.lastChange}>{row.lastChange.slice(0, 10)}</time>
              </Td>
              <Td>{row.owner?.name ?? "—"}</Td>
              <Td className="text-xs">{row.systems.map((s) => ENUM_LABELS.systems[s as SystemKey] ?? s).join(", ")}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {pages > 1 ? (
        <nav aria-label="Project table pages" className="no-print flex gap-4 text-sm">
          {page > 1 ? <Link href={toSearchParams(query, { page: page - 1 })} className="text-accent underline">Previous page</Link> : null}
          {page < pages ? <Link href={toSearchParams(query, { page: page + 1 })} className="text-accent underline">Next page</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
