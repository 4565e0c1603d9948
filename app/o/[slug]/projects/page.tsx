import type { Metadata } from "next";
import Link from "next/link";
import { ActiveFilterChips } from "@/components/portfolio/active-filter-chips";
import { PortfolioFilters } from "@/components/portfolio/portfolio-filters";
import { PortfolioTable } from "@/components/portfolio/portfolio-table";
import { orgPage } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/roles";
import { activeFilters } from "@/lib/dashboard/active-filters";
import { loadProjectList } from "@/lib/dashboard/portfolio-page";
import { parseTableQuery, toSearchParams } from "@/lib/dashboard/table-query";

export const metadata: Metadata = { title: "Projects" };

const RESULTS = "list";

/** The portfolio's table (one query path, one list), with the archived projects one link away. */
export default async function ProjectsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await orgPage(slug, "projects:read");
  const query = parseTableQuery(await searchParams);
  const archived = query.archived === true;
  const list = await loadProjectList(ctx, query);
  const base = `/o/${ctx.organization.slug}/projects`;
  const filtered = activeFilters(query, list.owners).length > 0;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{archived ? "Archived projects" : "Integration projects"}</h1>
          <Link href={archived ? base : `${base}?archived=1`} className="text-sm text-accent underline">
            {archived ? "Show active projects" : "Show archived projects"}
          </Link>
        </div>
        {can(ctx.role, "projects:write") && !archived ? (
          <Link href={`${base}/new`} className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-fg">
            New project
          </Link>
        ) : null}
      </div>
      {list.total === 0 && !filtered ? (
        <p className="rounded-lg border border-dashed border-border p-8 text-center text-fg-muted">
          {archived ? "No archived projects." : "No projects yet. Create one for each AI integration you plan to launch."}
        </p>
      ) : (
        <section id={RESULTS} aria-label="Project list" className="scroll-mt-4 space-y-4">
          <PortfolioFilters query={query} owners={list.owners} base={base} anchor={RESULTS} />
          <ActiveFilterChips query={query} owners={list.owners} base={base} anchor={RESULTS} />
          {list.total === 0 ? (
            <p className="rounded-lg border border-dashed border-border p-6 text-center text-fg-muted">No project matches these filters.</p>
          ) : (
            <PortfolioTable
              csvHref={`/api/o/${ctx.organization.slug}/portfolio.csv${toSearchParams({ ...query, page: 1 })}`}
              rows={list.rows}
              total={list.total}
              query={query}
              page={list.page}
              pages={list.pages}
              projectHref={(id) => `${base}/${id}/dashboard`}
              dateFormat={ctx.organization.dateFormat}
            />
          )}
        </section>
      )}
    </div>
  );
}
