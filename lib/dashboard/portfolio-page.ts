import "server-only";
import { summarizeDraft } from "@/lib/assessments/evaluation-summary";
import { db, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrgContext } from "@/lib/organizations/access";
import { isAnyRuleId, ROLLOUT_STAGES, ruleTitle, RULESET_VERSION, type Verdict } from "@/lib/readiness";
import { containsPattern } from "@/lib/search/like";
import { scoresOf, type PortfolioRow, type TopBlocker, type TrendPoint } from "./portfolio";
import { PAGE_SIZE, type SortKey, type TableQuery } from "./table-query";
import { phaseBreakdown, type PhaseCount } from "./portfolio-phases";
import { readPortfolioTally, type PortfolioValue } from "./portfolio-tally";
import { phaseKey } from "./rollout-phase";
import { refreshStaleSummaries } from "./stale-summaries";
import { loadCompletedWeeks } from "./trend-queries";
import { nowPoint } from "./trend-weeks";

/**
 * The portfolio page's data with PostgreSQL doing the work, so the page costs nearly the same
 * for 20 projects as for 10,000: one page of the table (filtered, sorted), the counts by
 * verdict and the most frequent blockers over the whole portfolio (never the filtered rows:
 * the headline must not change when someone narrows the table) and the trend's "now" point,
 * all read from the tally the triggers keep (portfolio-tally.ts), the owners for the filter
 * and the stored weeks — four queries in parallel.
 * The CSV export reads the same query without a page limit (loadPortfolioRows), so the two
 * can never disagree; names compare with ICU's root collation, as JavaScript's
 * localeCompare does.
 */
export interface PortfolioPage {
  activeProjects: number;
  rows: PortfolioRow[];
  total: number;
  page: number;
  pages: number;
  counts: Record<Verdict, number>;
  topBlockers: TopBlocker[];
  owners: { id: string; name: string }[];
  trend: TrendPoint[];
  /** What the ready projects' plans add a month (one net total per currency), and projects by rollout phase today. */
  value: PortfolioValue;
  phases: PhaseCount[];
}

const ICU = Prisma.raw(`COLLATE "und-x-icu"`);
const TOP_BLOCKERS = 10;
// An assessment row always exists (created with its project); these cover the LEFT JOIN all the same.
const EMPTY = summarizeDraft({ answers: {}, scores: {} });

const columns = {
  // Parameters arrive as text: a comparison with the verdict enum casts them (migration 20261205160000).
  verdict: Prisma.sql`COALESCE(a.verdict, ${EMPTY.verdict}::verdict)`,
  index: Prisma.sql`COALESCE(a.readiness_index, -1)`,
  blockers: Prisma.sql`COALESCE(a.blocker_count, ${EMPTY.blockerCount})`,
  warnings: Prisma.sql`COALESCE(a.warning_count, ${EMPTY.warningCount})`,
  lastChange: Prisma.sql`GREATEST(p.updated_at, a.updated_at)`,
  // The current rollout phase's stage on today's (UTC) date: "" without a stage, NULL without a current phase (migration 20261207100200).
  phase: Prisma.sql`(a.phase_stages)[preflight_current_phase(a.phase_changes, a.phase_schedule, preflight_today())]`,
};
// Phases sort in rollout order; a phase without a stage after the staged ones.
const PHASE_ORDER = Prisma.sql`array_position(${[...ROLLOUT_STAGES, ""]}::text[], ${columns.phase})`;

function orderBy(sort: SortKey, dir: "asc" | "desc"): Prisma.Sql {
  const d = Prisma.raw(dir === "asc" ? "ASC" : "DESC");
  const reverse = Prisma.raw(dir === "asc" ? "DESC" : "ASC");
  const key: Record<SortKey, Prisma.Sql> = {
    name: Prisma.sql`p.name ${ICU} ${d}`,
    // Blocked first when ascending, and the most blockers first within a verdict.
    verdict: Prisma.sql`CASE ${columns.verdict} WHEN 'blocked' THEN 0 WHEN 'incomplete' THEN 1 ELSE 2 END ${d}, ${columns.blockers} ${reverse}`,
    index: Prisma.sql`${columns.index} ${d}`,
    blockers: Prisma.sql`${columns.blockers} ${d}`,
    warnings: Prisma.sql`${columns.warnings} ${d}`,
    lastChange: Prisma.sql`${columns.lastChange} ${d}`,
    // Projects without an owner after every owner when ascending.
    owner: Prisma.sql`(u.name IS NULL) ${d}, u.name ${ICU} ${d}`,
    // Projects without a current phase, or without a payback (no figures, or never), after the others when ascending.
    phase: Prisma.sql`(${PHASE_ORDER} IS NULL) ${d}, ${PHASE_ORDER} ${d}`,
    payback: Prisma.sql`(a.payback_months IS NULL) ${d}, a.payback_months ${d}`,
  };
  return Prisma.sql`${key[sort]}, p.name ${ICU} ASC, p.id ${ICU} ASC`;
}

function filters(query: TableQuery): Prisma.Sql {
  const parts = [query.archived ? Prisma.sql`p.archived_at IS NOT NULL` : Prisma.sql`p.archived_at IS NULL`];
  // ILIKE folds case; the pattern escapes the user's wildcards. At 10,000 projects the organization's rows are few enough to scan.
  if (query.q) parts.push(Prisma.sql`p.name ILIKE ${containsPattern(query.q)}`);
  if (query.verdict) parts.push(Prisma.sql`${columns.verdict} = ${query.verdict}::verdict`);
  if (query.system) parts.push(Prisma.sql`${query.system} = ANY(p.systems)`);
  if (query.owner) parts.push(Prisma.sql`p.owner_id = ${query.owner}`);
  if (query.rule) parts.push(Prisma.sql`${query.rule} = ANY(a.blocker_rules)`);
  if (query.phase === "none") parts.push(Prisma.sql`${columns.phase} IS NULL`);
  else if (query.phase) parts.push(Prisma.sql`${columns.phase} = ${query.phase === "unstaged" ? "" : query.phase}`);
  return Prisma.join(
    parts.map((part) => Prisma.sql`(${part})`),
    " AND ",
  );
}

interface PageRow {
  id: string;
  name: string;
  systems: string[];
  owner_id: string | null;
  owner_name: string | null;
  last_change: Date;
  verdict: Verdict;
  readiness_index: number | null;
  blockers: number;
  warnings: number;
  blocker_rules: string[] | null;
  scores: unknown;
  phase: string | null;
  monthly_hours_saved: number | null;
  monthly_net: number | null;
  roi_currency: string | null;
  payback_months: number | null;
  total: number;
}

/** True when the table shows every active project: the tally already counts them. */
function unfiltered(query: TableQuery): boolean {
  return !query.archived && !query.q && !query.verdict && !query.system && !query.owner && !query.rule && !query.phase;
}

/**
 * The ids of one page: the filtered, sorted rows' narrow columns, or, for every active project
 * in the default order uncounted, a walk of assessments_portfolio_order_idx that stops at the
 * page (the draft carries its project's name; migration 20261208100100). Joining and sorting
 * 10,000 projects cost about 9 ms idle, the index about 0.5 ms. Counting in a window keeps every
 * row, and costs the unfiltered portfolio about as much as its sort: the tally knows that number.
 */
function pageIds(organizationId: string, query: TableQuery, size: number | null, offset: number, counted: boolean) {
  if (!counted && unfiltered(query) && query.sort === "verdict" && query.dir === "asc")
    return Prisma.sql`
      SELECT a.project_id AS id, NULL::int AS total FROM assessments a
       WHERE a.organization_id = ${organizationId} AND a.project_active
       ORDER BY a.verdict, a.blocker_count DESC, a.project_name ${ICU}, a.project_id ${ICU}
       LIMIT ${size} OFFSET ${offset}`;
  return Prisma.sql`
    SELECT p.id, ${counted ? Prisma.sql`count(*) OVER ()::int` : Prisma.sql`NULL::int`} AS total
      FROM projects p
      LEFT JOIN users u ON u.id = p.owner_id
      LEFT JOIN assessments a ON a.project_id = p.id AND a.organization_id = p.organization_id
     WHERE p.organization_id = ${organizationId} AND ${filters(query)}
     ORDER BY ${orderBy(query.sort, query.dir)}
     LIMIT ${size} OFFSET ${offset}`;
}

/**
 * One page of the filtered, sorted table; `size` null for every row (LIMIT NULL is no limit).
 * The order and the count run over narrow rows, and only the page's rows fetch their wide
 * columns: with the drafts' scores in every row, 10,000 projects spilled the sort to disk.
 * Without `counted` the total is null.
 */
function pageQuery(client: Db, organizationId: string, query: TableQuery, page: number, size: number | null, counted = true) {
  const offset = size === null ? 0 : (page - 1) * size;
  return client.$queryRaw<PageRow[]>`
    WITH page AS (${pageIds(organizationId, query, size, offset, counted)})
    SELECT p.id, p.name, p.systems, u.id AS owner_id, u.name AS owner_name, ${columns.lastChange} AS last_change,
           ${columns.verdict} AS verdict, a.readiness_index, ${columns.blockers} AS blockers, ${columns.warnings} AS warnings,
           a.blocker_rules, a.scores, ${columns.phase} AS phase, a.monthly_hours_saved, a.monthly_net, a.roi_currency,
           a.payback_months, page.total
      FROM page
      JOIN projects p ON p.id = page.id
      LEFT JOIN users u ON u.id = p.owner_id
      LEFT JOIN assessments a ON a.project_id = p.id AND a.organization_id = p.organization_id
     ORDER BY ${orderBy(query.sort, query.dir)}`;
}

function toRow(r: PageRow): PortfolioRow {
  return {
    id: r.id,
    name: r.name,
    systems: r.systems ?? [],
    owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? "" } : null,
    lastChange: r.last_change.toISOString(),
    verdict: r.verdict,
    index: r.readiness_index,
    blockers: r.blockers,
    warnings: r.warnings,
    scores: scoresOf(r.scores),
    // Stale summaries are recomputed before this query, so every stored id is the current ruleset's.
    blockerRules: (r.blocker_rules ?? EMPTY.blockerRules).filter(isAnyRuleId),
    phase: phaseKey(r.phase),
    roi:
      r.monthly_hours_saved === null || r.monthly_net === null
        ? null
        : { hoursSaved: r.monthly_hours_saved, net: r.monthly_net, currency: r.roi_currency, paybackMonths: r.payback_months },
  };
}

/** The people who own a project of the list (active or archived), for the owner filter. */
function ownersOf(client: Db, organizationId: string, archived: boolean) {
  return client.$queryRaw<{ id: string; name: string }[]>`
    SELECT u.id, u.name FROM users u
     WHERE u.id IN (SELECT p.owner_id FROM projects p
                     WHERE p.organization_id = ${organizationId} AND (p.archived_at IS NOT NULL) = ${archived})
     ORDER BY u.name ${ICU}, u.id`;
}

/** Everything else the page shows, over all active projects: the tally's figures (rollout phases included) and the owners. */
function overview(client: Db, organizationId: string) {
  return Promise.all([readPortfolioTally(client, organizationId, RULESET_VERSION), ownersOf(client, organizationId, false)]);
}

/** The requested page, or the last one when the request is past the end (an old link after filtering). */
async function clampedPage(client: Db, organizationId: string, query: TableQuery, size: number, rows: PageRow[]): Promise<PageRow[]> {
  if (rows.length > 0 || query.page <= 1) return rows;
  const first = await pageQuery(client, organizationId, query, 1, size);
  const last = Math.max(1, Math.ceil((first[0]?.total ?? 0) / size));
  return last === 1 ? first : pageQuery(client, organizationId, query, last, size);
}

/** The portfolio's page without the window count when every active project is listed: the tally's count is the total. */
async function portfolioRows(client: Db, organizationId: string, query: TableQuery, size: number, active: () => Promise<number>) {
  if (!unfiltered(query)) {
    const rows = await clampedPage(client, organizationId, query, size, await pageQuery(client, organizationId, query, query.page, size));
    return { rows, total: rows[0]?.total ?? 0 };
  }
  const [rows, total] = await Promise.all([pageQuery(client, organizationId, query, query.page, size, false), active()]);
  const last = Math.max(1, Math.ceil(total / size));
  if (rows.length > 0 || query.page <= last) return { rows, total };
  return { rows: await pageQuery(client, organizationId, { ...query, page: last }, last, size, false), total };
}

/**
 * Every active project the table's filters let through, in its order (the CSV export):
 * the page's own query without a limit, after stale summaries are recomputed and stored.
 */
export async function loadPortfolioRows(ctx: OrgContext, query: Omit<TableQuery, "page">, client: Db = db()): Promise<PortfolioRow[]> {
  await refreshStaleSummaries(client, ctx.organization.id);
  const rows = await pageQuery(client, ctx.organization.id, { ...query, page: 1 }, 1, null);
  return rows.map(toRow);
}

export async function loadPortfolioPage(
  ctx: OrgContext,
  query: TableQuery,
  client: Db = db(),
  now = new Date(),
  size = PAGE_SIZE,
): Promise<PortfolioPage> {
  const organizationId = ctx.organization.id;
  // The count of active projects comes with the tally, read once for both.
  const read = () => {
    const figures = overview(client, organizationId);
    return { figures, rows: portfolioRows(client, organizationId, query, size, () => figures.then(([tally]) => tally.active)) };
  };
  const first = read();
  const [firstRows, firstOverview, weeks] = await Promise.all([first.rows, first.figures, loadCompletedWeeks(client, organizationId, now)]);
  let { rows, total } = firstRows;
  let [tally, owners] = firstOverview;
  // After a ruleset upgrade, summaries judged by the old rules are recomputed (once) first.
  if (tally.judgedByOtherRulesets > 0) {
    await refreshStaleSummaries(client, organizationId);
    const again = read();
    [{ rows, total }, [tally, owners]] = await Promise.all([again.rows, again.figures]);
  }
  const pages = Math.max(1, Math.ceil(total / size));
  const { ready, incomplete, blocked, index, scored } = tally.snapshots;
  const latest = nowPoint(now, { ready, incomplete, blocked, index: scored > 0 ? index : null });
  return {
    activeProjects: tally.active,
    rows: rows.map(toRow),
    total,
    page: Math.min(Math.max(1, query.page), pages),
    pages,
    counts: tally.drafts,
    topBlockers: tally.blockerRules
      .flatMap(({ rule, count }) => (isAnyRuleId(rule) ? [{ ruleId: rule, title: ruleTitle(rule), count }] : []))
      .slice(0, TOP_BLOCKERS),
    owners,
    trend: latest ? [...weeks, latest] : weeks,
    value: tally.value,
    phases: phaseBreakdown(tally.phases, tally.active),
  };
}

export interface ProjectListPage {
  rows: PortfolioRow[];
  total: number;
  page: number;
  pages: number;
  owners: { id: string; name: string }[];
}

/**
 * The Projects page: the portfolio table's own query (search, filters, sort, page) over the
 * active or the archived projects, without the portfolio's headline figures.
 */
export async function loadProjectList(ctx: OrgContext, query: TableQuery, client: Db = db(), size = PAGE_SIZE): Promise<ProjectListPage> {
  const organizationId = ctx.organization.id;
  await refreshStaleSummaries(client, organizationId);
  const [firstRows, owners] = await Promise.all([
    pageQuery(client, organizationId, query, query.page, size),
    ownersOf(client, organizationId, query.archived === true),
  ]);
  const rows = await clampedPage(client, organizationId, query, size, firstRows);
  const total = rows[0]?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / size));
  return { rows: rows.map(toRow), total, page: Math.min(Math.max(1, query.page), pages), pages, owners };
}
