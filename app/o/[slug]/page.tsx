import type { Metadata } from "next";
import { ScoreHeatMap } from "@/components/dashboard/score-heat-map";
import { TopBlockers } from "@/components/dashboard/top-blockers";
import { TrendChart } from "@/components/dashboard/trend-chart";
import { PlanValue } from "@/components/dashboard/plan-value";
import { RemediationOverviewCard } from "@/components/dashboard/remediation-overview";
import { VerdictCounts } from "@/components/dashboard/verdict-counts";
import { ActiveFilterChips } from "@/components/portfolio/active-filter-chips";
import { FirstRun } from "@/components/portfolio/first-run";
import { PortfolioFilters } from "@/components/portfolio/portfolio-filters";
import { PortfolioTable } from "@/components/portfolio/portfolio-table";
import { orgPage } from "@/lib/auth/page-guards";
import { RULESET_VERSION } from "@/lib/readiness/keys";
import { can, ROLE_DESCRIPTIONS, ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { loadPortfolioPage } from "@/lib/dashboard/portfolio-page";
import { portfolioSentence } from "@/lib/dashboard/verdict-sentence";
import { parseTableQuery, toSearchParams } from "@/lib/dashboard/table-query";
import { loadRemediationOverview } from "@/lib/remediation-plan/portfolio-overview";

export const metadata: Metadata = { title: "Portfolio" };

// Every filter link lands on the results rather than the top of the page.
const RESULTS = "projects";

export default async function PortfolioPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await orgPage(slug, "projects:read");
  // The portfolio is the active projects: the archived toggle belongs to the Projects page.
  const query = { ...parseTableQuery(await searchParams), archived: undefined };
  const base = `/o/${ctx.organization.slug}`;
  const [portfolio, remediation] = await Promise.all([
    loadPortfolioPage(ctx, query),
    loadRemediationOverview(ctx, new Date().toISOString().slice(0, 10)),
  ]);
  if (portfolio.activeProjects === 0) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold">{ctx.organization.name}</h1>
        <RoleLine role={ctx.role} />
        <FirstRun base={base} canCreate={can(ctx.role, "projects:write")} />
      </div>
    );
  }
  const { rows, total, page, pages, counts, topBlockers, owners, trend, value, phases } = portfolio;
  const projectHref = (id: string) => `${base}/projects/${id}/dashboard`;
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{ctx.organization.name} · readiness portfolio</h1>
        <p className="mt-2 text-lg" data-testid="portfolio-sentence">
          {portfolioSentence(counts, topBlockers[0])}
        </p>
        <p className="mt-1 text-sm text-fg-muted">
          Every active integration project, judged by ruleset {RULESET_VERSION} on its current draft.
        </p>
        <RoleLine role={ctx.role} />
      </div>
      {/* The whole portfolio whatever the filter; a card narrows the table below to its verdict. */}
      <VerdictCounts
        counts={counts}
        active={query.verdict}
        hrefFor={(verdict) => `${base}${toSearchParams(query, { verdict, page: 1 })}#${RESULTS}`}
      />
      <PlanValue
        value={value}
        phases={phases}
        active={query.phase}
        hrefFor={(phase) => `${base}${toSearchParams(query, { phase, page: 1 })}#${RESULTS}`}
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <TrendChart title="Portfolio readiness over time (from snapshots)" points={trend} dateFormat={ctx.organization.dateFormat} />
        <TopBlockers
          items={topBlockers.map((b) => ({ ...b, href: `${base}${toSearchParams(query, { rule: b.ruleId, page: 1 })}#${RESULTS}` }))}
        />
      </div>
      <RemediationOverviewCard
        overview={remediation}
        planHref={(id) => `${base}/projects/${id}/plan`}
        dateFormat={ctx.organization.dateFormat}
      />
      {/* Below the fold on a phone: laid out and painted when scrolled to (it stays in the accessibility tree). */}
      <section
        id={RESULTS}
        aria-labelledby="projects-heading"
        className="scroll-mt-4 space-y-4 [contain-intrinsic-size:auto_900px] [content-visibility:auto]"
      >
        <h2 id="projects-heading" className="text-lg font-semibold">
          Projects
        </h2>
        <PortfolioFilters query={query} owners={owners} base={base} anchor={RESULTS} />
        <ActiveFilterChips query={query} owners={owners} base={base} anchor={RESULTS} />
        <PortfolioTable
          csvHref={`/api/o/${ctx.organization.slug}/portfolio.csv${toSearchParams({ ...query, page: 1 })}`}
          rows={rows}
          total={total}
          query={query}
          page={page}
          pages={pages}
          projectHref={projectHref}
          dateFormat={ctx.organization.dateFormat}
        />
      </section>
      <div className="[contain-intrinsic-size:auto_900px] [content-visibility:auto]">
        <ScoreHeatMap
          caption={`Scores by area for the ${rows.length} project${rows.length === 1 ? "" : "s"} listed above`}
          rows={rows.map((row) => ({
            projectId: row.id,
            name: row.name,
            href: projectHref(row.id),
            verdict: row.verdict,
            scores: row.scores,
          }))}
        />
      </div>
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
