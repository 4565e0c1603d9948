import "server-only";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Verdict } from "@/lib/readiness";
import { phaseKey, type PhaseKey } from "./rollout-phase";

/**
 * The portfolio's headline figures from the ledger that triggers keep (migration
 * 20261206100000_portfolio_tally): a handful of rows per organization instead of every
 * project. Its meaning is that of the aggregate query it replaced, which the integration
 * test checks it against after every kind of change.
 */
export interface PortfolioTally {
  active: number;
  /** The drafts' verdicts; a project without a draft counts as incomplete, as an empty draft is. */
  drafts: Record<Verdict, number>;
  /** Active projects whose draft another ruleset judged. */
  judgedByOtherRulesets: number;
  /** Blocker rules by the number of active projects they block, most first. */
  blockerRules: { rule: string; count: number }[];
  /** The last snapshots: verdicts, and the mean index of those with one. */
  snapshots: Record<Verdict, number> & { index: number | null; scored: number };
  /** What the ready drafts' plans add (issue #17): their ROI figures a month. */
  value: PortfolioValue;
  /** Active projects by the stage of their current rollout phase today (those in none are left out). */
  phases: Map<PhaseKey, number>;
}

export interface PortfolioValue {
  /** Hours saved a month, over the `projects` ready drafts with ROI figures. */
  hoursSaved: number;
  projects: number;
  /** Net value a month, one total per currency (null: the plan names none), largest count first. */
  net: { currency: string | null; amount: number; projects: number }[];
}

/** Beyond this many ledger rows more than one per key, an organization's rows are folded. */
const FOLD_AT = 400;

/**
 * A rollout phase's key of a day (`phase:pilot@20800`, migration 20261208100000) counts from
 * that day on: up to today (the database's UTC day, as `preflight_current_phase` reads it)
 * it adds to its stage's plain key, and after today it is left out.
 */
const PHASE_DAY = Prisma.sql`CASE WHEN key LIKE 'phase:%@%' THEN split_part(key, '@', 2)::int END`;

export async function readPortfolioTally(client: Db, organizationId: string, currentRuleset: string): Promise<PortfolioTally> {
  const rows = await client.$queryRaw<{ key: string; amount: number; surplus: number }[]>`
    SELECT CASE WHEN ${PHASE_DAY} IS NULL THEN key ELSE split_part(key, '@', 1) END AS key, sum(amount)::float8 AS amount,
           (count(*) - count(DISTINCT key))::int AS surplus
      FROM portfolio_tally
     WHERE organization_id = ${organizationId} AND COALESCE(${PHASE_DAY} <= preflight_today(), true)
     GROUP BY 1`;
  const sums = new Map(rows.map((r) => [r.key, r.amount]));
  const get = (key: string) => sums.get(key) ?? 0;
  if (rows.reduce((n, r) => n + r.surplus, 0) > FOLD_AT) await foldTally(client, organizationId);
  const active = get("active");
  const ready = get("draft:ready");
  const blocked = get("draft:blocked");
  const scored = get("snap-index-n");
  const judgedByCurrent = get(`ruleset:${currentRuleset}`);
  const judged = rows.filter((r) => r.key.startsWith("ruleset:")).reduce((n, r) => n + r.amount, 0);
  return {
    active,
    drafts: { ready, blocked, incomplete: active - ready - blocked },
    judgedByOtherRulesets: judged - judgedByCurrent,
    blockerRules: rows
      .filter((r) => r.key.startsWith("rule:") && r.amount > 0)
      .map((r) => ({ rule: r.key.slice("rule:".length), count: r.amount }))
      .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)),
    value: valueOf(rows, get),
    phases: phasesOf(rows),
    snapshots: {
      ready: get("snap:ready"),
      incomplete: get("snap:incomplete"),
      blocked: get("snap:blocked"),
      index: scored > 0 ? get("snap-index") / 100 / scored : null,
      scored,
    },
  };
}

function valueOf(rows: readonly { key: string; amount: number }[], get: (key: string) => number): PortfolioValue {
  return {
    hoursSaved: get("roi-hours") / 100,
    projects: get("roi-n"),
    net: rows
      .filter((r) => r.key.startsWith("roi-net-n:") && r.amount > 0)
      .map((r) => {
        const code = r.key.slice("roi-net-n:".length);
        return { currency: code === "" ? null : code, amount: get(`roi-net:${code}`) / 100, projects: r.amount };
      })
      .sort((a, b) => b.projects - a.projects || (a.currency ?? "").localeCompare(b.currency ?? "")),
  };
}

function phasesOf(rows: readonly { key: string; amount: number }[]): Map<PhaseKey, number> {
  const phases = new Map<PhaseKey, number>();
  for (const { key, amount } of rows) {
    if (!key.startsWith("phase:") || amount <= 0) continue;
    // A stage this version does not know reads as a phase without one, as in the table.
    const phase = phaseKey(key.slice("phase:".length))!;
    phases.set(phase, (phases.get(phase) ?? 0) + amount);
  }
  return phases;
}

/**
 * One row per key, and a rollout phase's keys of days up to today merged into its stage's
 * plain key (today only moves forward, so they count on every later day too): the rows it deletes are exactly the ones it sums (rows appended
 * meanwhile are not in its snapshot and stay), so concurrent folds and writers agree.
 */
export async function foldTally(client: Db, organizationId: string): Promise<void> {
  await client.$executeRaw`
    WITH gone AS (DELETE FROM portfolio_tally WHERE organization_id = ${organizationId} RETURNING key, amount)
    INSERT INTO portfolio_tally (organization_id, key, amount)
    SELECT ${organizationId}, CASE WHEN ${PHASE_DAY} <= preflight_today() THEN split_part(key, '@', 1) ELSE key END, sum(amount)
      FROM gone GROUP BY 2 HAVING sum(amount) <> 0`;
}
