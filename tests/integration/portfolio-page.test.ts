import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { saveAssessment, validateDraft } from "@/lib/assessments/save-assessment";
import type { PortfolioRow } from "@/lib/dashboard/portfolio";
import { loadPortfolioPage, loadPortfolioRows } from "@/lib/dashboard/portfolio-page";
import { SORT_KEYS, type SortKey, type TableQuery } from "@/lib/dashboard/table-query";
import type { OrgContext } from "@/lib/organizations/access";
import { createProject, setProjectArchived } from "@/lib/projects/mutations";
import { dateOfDay, dayNumber } from "@/lib/integration-plan/calendar-day";
import { ROLLOUT_STAGES, RULESET_VERSION, type AssessmentDocument, type Plan } from "@/lib/readiness";
import { testDb } from "./support/database";
import { addMember, makeOwner } from "./support/factories";

const ready = JSON.parse(readFileSync(path.join(process.cwd(), "public/examples/ready.json"), "utf8")) as AssessmentDocument;
const NAMES = [
  "alpha",
  "Beta",
  "Émile",
  "zeta",
  "Zoë",
  "beta 2",
  "Ärger",
  "10 things",
  "2 things",
  "Same",
  "Same",
  "_draft",
  "Lead intake",
  "lead intake",
];
const SIZE = 4;

/** Days from today (UTC), as the SQL's "current phase" reads them. */
const fromToday = (days: number) => dateOfDay(dayNumber(new Date().toISOString().slice(0, 10))! + days);
const roi = (minutes: number) => ({
  runsPerMonth: 1000,
  minutesSavedPerRun: minutes,
  hourlyCost: 40,
  buildCost: 20000,
  monthlyRunCost: 100,
});
/** Plans whose current phase and payback differ: none, a pilot, a shadow phase, one without a stage. */
const PLANS: (Plan | undefined)[] = [
  undefined,
  { rollout: [{ stage: "pilot", start: fromToday(-3), end: fromToday(3) }], roi: { ...roi(5), currency: "EUR" } },
  {
    rollout: [
      { stage: "shadow", start: fromToday(-1) },
      { stage: "full", start: fromToday(9) },
    ],
    roi: roi(2),
  },
  {
    rollout: [
      { name: "Try it", start: fromToday(-10), end: fromToday(-2) },
      { stage: "full", start: fromToday(30) },
    ],
  },
];

let owner: OrgContext;
let ownerIds: string[];

// Names that sort differently by byte, by case and by accent; owners, systems and verdicts varied across them.
beforeAll(async () => {
  owner = await makeOwner("Portfolio SQL");
  const second = await addMember(owner, "editor");
  ownerIds = [owner.user.id, second.user.id];
  for (const [i, name] of NAMES.entries()) {
    const project = await createProject(owner, {
      name,
      description: "",
      systems: i % 3 === 0 ? ["crm"] : i % 3 === 1 ? ["crm", "support_desk"] : ["erp"],
      ownerId: i % 4 === 3 ? null : ownerIds[i % 2]!,
    });
    if (i % 5 === 4) continue; // left empty: incomplete
    const draft =
      i % 5 === 0
        ? { answers: ready.answers ?? {}, scores: ready.scores ?? {} }
        : { answers: {}, scores: { securityControls: { score: 1 + (i % 3) }, dataOwnership: { score: 1 + ((i + 1) % 5) } } };
    await saveAssessment(owner, project.id, 0, validateDraft(draft.answers, draft.scores, PLANS[i % PLANS.length]));
  }
  const archived = await createProject(owner, { name: "Archived pilot", description: "", systems: ["crm"], ownerId: null });
  await setProjectArchived(owner, archived.id, true);
});

const FILTER_SETS = (): Partial<TableQuery>[] => [
  {},
  { verdict: "blocked" },
  { verdict: "incomplete" },
  { system: "crm" },
  { rule: "SCORE_BELOW_3" },
  { owner: ownerIds[1] },
  { phase: "pilot" },
  { phase: "unstaged" },
  { phase: "none" },
];
const PHASE_RANK = (row: PortfolioRow) =>
  row.phase === null ? 99 : row.phase === "unstaged" ? ROLLOUT_STAGES.length : ROLLOUT_STAGES.indexOf(row.phase);

const VERDICT_RANK: Record<string, number> = { blocked: 0, incomplete: 1, ready: 2 };
const byName = (a: PortfolioRow, b: PortfolioRow) => a.name.localeCompare(b.name);

/** How two neighbouring rows compare on the sort key alone (what the table promises the reader). */
function primary(a: PortfolioRow, b: PortfolioRow, sort: SortKey): number {
  switch (sort) {
    case "name":
      return byName(a, b);
    case "verdict":
      return VERDICT_RANK[a.verdict]! - VERDICT_RANK[b.verdict]!;
    case "index":
      return (a.index ?? -1) - (b.index ?? -1);
    case "blockers":
      return a.blockers - b.blockers;
    case "warnings":
      return a.warnings - b.warnings;
    case "lastChange":
      return a.lastChange.localeCompare(b.lastChange);
    case "owner":
      return (a.owner?.name ?? "\uffff").localeCompare(b.owner?.name ?? "\uffff");
    case "phase":
      return PHASE_RANK(a) - PHASE_RANK(b);
    case "payback":
      return (a.roi?.paybackMonths ?? 1e12) - (b.roi?.paybackMonths ?? 1e12);
  }
}

function passes(row: PortfolioRow, query: Partial<TableQuery>): boolean {
  return (
    (!query.verdict || row.verdict === query.verdict) &&
    (!query.system || row.systems.includes(query.system)) &&
    (!query.owner || row.owner?.id === query.owner) &&
    (!query.rule || row.blockerRules.includes(query.rule)) &&
    (!query.phase || (row.phase ?? "none") === query.phase)
  );
}

describe("portfolio table in SQL (the page and the CSV export read the same query)", () => {
  it("every row passes the filters, no active project that passes is missing, and rows follow the sort key", async () => {
    const all = await loadPortfolioRows(owner, { sort: "name", dir: "asc" }, testDb());
    expect(all).toHaveLength(NAMES.length);
    // Every kind of phase is present, so the phase filters and sort are not vacuous.
    expect(new Set(all.map((r) => r.phase))).toEqual(new Set(["pilot", "shadow", "unstaged", null]));
    expect(all.some((r) => r.roi?.currency === "EUR" && r.roi.paybackMonths !== null)).toBe(true);
    let checked = 0;
    for (const sort of SORT_KEYS) {
      for (const dir of ["asc", "desc"] as const) {
        for (const filter of FILTER_SETS()) {
          const label = JSON.stringify({ sort, dir, ...filter });
          const rows = await loadPortfolioRows(owner, { sort, dir, ...filter }, testDb());
          expect(rows.map((r) => r.id).sort(), label).toEqual(
            all
              .filter((r) => passes(r, filter))
              .map((r) => r.id)
              .sort(),
          );
          for (const [i, row] of rows.entries()) {
            if (i === 0) continue;
            expect(
              (dir === "asc" ? 1 : -1) * primary(rows[i - 1]!, row, sort),
              `${label}: ${rows[i - 1]!.name} before ${row.name}`,
            ).toBeLessThanOrEqual(0);
          }
          checked += 1;
        }
      }
    }
    expect(checked).toBe(SORT_KEYS.length * 2 * FILTER_SETS().length);
  });

  it("ties are broken by name, so equal keys still come in a stable, readable order", async () => {
    const rows = await loadPortfolioRows(owner, { sort: "warnings", dir: "asc" }, testDb());
    for (const [i, row] of rows.entries()) {
      const previous = rows[i - 1];
      if (previous && previous.warnings === row.warnings)
        expect(byName(previous, row), `${previous.name} before ${row.name}`).toBeLessThanOrEqual(0);
    }
  });

  it("the page's pages, laid end to end, are the export's rows; totals agree; counts stay whole under filters; a page past the end shows the last", async () => {
    const all = await loadPortfolioRows(owner, { sort: "name", dir: "asc" }, testDb());
    for (const sort of SORT_KEYS) {
      for (const filter of FILTER_SETS()) {
        const query: TableQuery = { sort, dir: "desc", page: 1, ...filter };
        const label = JSON.stringify(query);
        const exported = await loadPortfolioRows(owner, query, testDb());
        const first = await loadPortfolioPage(owner, query, testDb(), new Date(), SIZE);
        const ids: string[] = [];
        for (let page = 1; page <= first.pages; page += 1)
          ids.push(...(await loadPortfolioPage(owner, { ...query, page }, testDb(), new Date(), SIZE)).rows.map((r) => r.id));
        expect(ids, label).toEqual(exported.map((r) => r.id));
        expect(first.total, label).toBe(exported.length);
        // The headline counts the whole portfolio whatever the filter (#14: a filter must not rewrite it).
        expect(first.counts, label).toEqual({
          ready: all.filter((r) => r.verdict === "ready").length,
          incomplete: all.filter((r) => r.verdict === "incomplete").length,
          blocked: all.filter((r) => r.verdict === "blocked").length,
        });
        const past = await loadPortfolioPage(owner, { ...query, page: 99 }, testDb(), new Date(), SIZE);
        expect(past.page, label).toBe(first.pages);
      }
    }
  });

  it("shows top blockers counted once per project, the owners of active projects, and the activity count", async () => {
    const all = await loadPortfolioRows(owner, { sort: "name", dir: "asc" }, testDb());
    const page = await loadPortfolioPage(owner, { sort: "name", dir: "asc", page: 1 }, testDb(), new Date(), SIZE);
    const counts = new Map<string, number>();
    for (const row of all) for (const rule of new Set(row.blockerRules)) counts.set(rule, (counts.get(rule) ?? 0) + 1);
    expect(page.topBlockers.map((b) => [b.ruleId, b.count])).toEqual(
      [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10),
    );
    expect(page.activeProjects).toBe(NAMES.length);
    const owners = [...new Map(all.flatMap((r) => (r.owner ? [[r.owner.id, r.owner] as const] : []))).values()].sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    expect(page.owners).toEqual(owners);
  });

  it("recomputes summaries judged by an older ruleset before reading, without touching the draft's last change", async () => {
    const before = await testDb().assessment.findMany({
      where: { organizationId: owner.organization.id },
      select: { id: true, updatedAt: true, verdict: true },
    });
    // As a ruleset upgrade leaves them: judged by the old rules (raw SQL, so updated_at stays).
    await testDb()
      .$executeRaw`UPDATE assessments SET evaluated_with = '0.9.0', verdict = 'ready', blocker_rules = '{}' WHERE organization_id = ${owner.organization.id}`;
    const page = await loadPortfolioPage(owner, { sort: "name", dir: "asc", page: 1, verdict: "blocked" }, testDb(), new Date(), 100);
    expect(page.total).toBe(before.filter((a) => a.verdict === "blocked").length);
    const after = await testDb().assessment.findMany({
      where: { organizationId: owner.organization.id },
      select: { id: true, updatedAt: true, verdict: true },
    });
    expect(after.sort((a, b) => a.id.localeCompare(b.id))).toEqual(before.sort((a, b) => a.id.localeCompare(b.id)));
  });

  it("recomputes and stores stale summaries for the CSV export too, reading verdicts the current rules give", async () => {
    const before = await testDb().assessment.findMany({
      where: { organizationId: owner.organization.id },
      select: { projectId: true, verdict: true },
    });
    await testDb()
      .$executeRaw`UPDATE assessments SET evaluated_with = '0.9.0', verdict = 'ready', blocker_rules = '{}' WHERE organization_id = ${owner.organization.id}`;
    const rows = await loadPortfolioRows(owner, { sort: "name", dir: "asc" }, testDb());
    const verdicts = new Map(before.map((a) => [a.projectId, a.verdict]));
    expect(rows.filter((r) => r.verdict !== "ready").length).toBeGreaterThan(0);
    for (const row of rows) expect(row.verdict, row.name).toBe(verdicts.get(row.id));
    const stored = await testDb().assessment.findMany({
      where: { organizationId: owner.organization.id },
      select: { evaluatedWith: true },
    });
    expect(new Set(stored.map((a) => a.evaluatedWith))).toEqual(new Set([RULESET_VERSION]));
  });

  it("counts projects by today's rollout phase and adds the ready projects' ROI per currency, as the rows say", async () => {
    const all = await loadPortfolioRows(owner, { sort: "name", dir: "asc" }, testDb());
    const page = await loadPortfolioPage(owner, { sort: "name", dir: "asc", page: 1 }, testDb());
    const byPhase = new Map<string | null, number>();
    for (const row of all) byPhase.set(row.phase, (byPhase.get(row.phase) ?? 0) + 1);
    expect(new Map(page.phases.map((p) => [p.phase, p.count]))).toEqual(byPhase);
    expect(page.phases.at(-1)?.phase).toBeNull();
    const readyWithRoi = all.filter((r) => r.verdict === "ready" && r.roi !== null);
    expect(page.value.projects).toBe(readyWithRoi.length);
    expect(page.value.hoursSaved).toBeCloseTo(
      readyWithRoi.reduce((t, r) => t + r.roi!.hoursSaved, 0),
      2,
    );
    for (const total of page.value.net) {
      const same = readyWithRoi.filter((r) => r.roi!.currency === total.currency);
      expect(total.projects).toBe(same.length);
      expect(total.amount).toBeCloseTo(
        same.reduce((t, r) => t + r.roi!.net, 0),
        2,
      );
    }
  });

  it("shows a member of another organization nothing", async () => {
    const outsider = await makeOwner("Outsider SQL");
    const page = await loadPortfolioPage(outsider, { sort: "name", dir: "asc", page: 1 }, testDb());
    expect(page).toMatchObject({ activeProjects: 0, rows: [], total: 0, topBlockers: [], owners: [], trend: [] });
  });
});
