import type { Metadata } from "next";
import { ScoreHeatMap } from "@/components/dashboard/score-heat-map";
import { TopBlockers } from "@/components/dashboard/top-blockers";
import { TrendChart } from "@/components/dashboard/trend-chart";
import { VerdictCounts } from "@/components/dashboard/verdict-counts";
import { FirstRun } from "@/components/portfolio/first-run";
import { PortfolioFilters } from "@/components/portfolio/portfolio-filters";
import { PortfolioTable } from "@/components/portfolio/portfolio-table";
import { orgPage } from "@/lib/auth/page-guards";
import { can, ROLE_DESCRIPTIONS, ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { buildRow, countByVerdict, topBlockers } from "@/lib/dashboard/portfolio";
import { loadPortfolio, loadScores } from "@/lib/dashboard/queries";
import { filterRows, pageOf, parseTableQuery, sortRows, toSearchParams } from "@/lib/dashboard/table-query";

export const metadata: Metadata = { title: "Portfolio" };

export default async function PortfolioPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const ctx = await orgPage(slug, "projects:read");
  const query = parseTableQuery(await searchParams);
  const base = `/o/${ctx.organization.slug}`;
  const { projects, trend } = await loadPortfolio(ctx);
  if (projects.length === 0) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{ctx.organization.name}</h1>
        <RoleLine role={ctx.role} />
        <FirstRun base={base} canCreate={can(ctx.role, "projects:write")} />
      </div>
    );
  }
  const rows = projects.map(buildRow);
  const filtered = sortRows(filterRows(rows, query), query);
  const shown = pageOf(filtered, query.page);
  const owners = [...new Map(rows.flatMap((r) => (r.owner ? [[r.owner.id, r.owner] as const] : []))).values()].sort((a, b) => a.name.localeCompare(b.name));
  const projectHref = (id: string) => `${base}/projects/${id}/dashboard`;
  const pageScores = await loadScores(ctx, shown.items.map((row) => row.id));
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{ctx.organization.name} · readiness portfolio</h1>
        <p className="mt-1 text-sm text-fg-muted">Every active integration project, judged by ruleset 1.0.0 on its current draft.</p>
        <RoleLine role={ctx.role} />
      </div>
      <VerdictCounts counts={countByVerdict(filtered)} hrefFor={(verdict) => `${base}${toSearchParams(query, { verdict, page: 1 })}`} />
      <div className="grid gap-6 xl:grid-cols-2">
        <TrendChart title="Portfolio readiness over time (from snapshots)" points={trend} />
        <TopBlockers items={topBlockers(rows).map((b) => ({ ...b, href: `${base}${toSearchParams(query, { rule: b.ruleId, page: 1 })}` }))} />
      </div>
      <section aria-labelledby="projects-heading" className="space-y-4">
        <h2 id="projects-heading" className="text-lg font-semibold">
          Projects
        </h2>
        <PortfolioFilters query={query} owners={owners} base={base} />
        <PortfolioTable csvHref={`/api/o/${ctx.organization.slug}/portfolio.csv${toSearchParams({ ...query, page: 1 })}`} rows={shown.items} total={filtered.length} query={query} page={shown.page} pages={shown.pages} projectHref={projectHref} />
      </section>
      <ScoreHeatMap
        caption={`Scores by area for the ${shown.items.length} project${shown.items.length === 1 ? "" : "s"} listed above`}
        rows={shown.items.map((row) => ({ projectId: row.id, name: row.name, href: projectHref(row.id), verdict: row.verdict, scores: pageScores.get(row.id) ?? {} }))}
      />
    </div>
  );
}

function RoleLine({ role }: { role: Role }) {
  return (
    <p className="mt-1 text-sm text-fg-muted">
      You are {ROLE_LABELS[role].toLowerCase()} here: {ROLE_DESCRIPTIONS[role]}
    </p>
  );
}
