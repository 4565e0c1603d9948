import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { saveAssessment, validateDraft } from "@/lib/assessments/save-assessment";
import { buildRow, countByVerdict, topBlockers } from "@/lib/dashboard/portfolio";
import { loadPortfolioPage } from "@/lib/dashboard/portfolio-page";
import { loadPortfolioProjects } from "@/lib/dashboard/queries";
import { filterRows, pageOf, SORT_KEYS, sortRows, type TableQuery } from "@/lib/dashboard/table-query";
import type { OrgContext } from "@/lib/organizations/access";
import { createProject, setProjectArchived } from "@/lib/projects/mutations";
import { RULESET_VERSION, type AssessmentDocument } from "@/lib/readiness";
import { testDb } from "./support/database";
import { addMember, makeOwner } from "./support/factories";

const ready = JSON.parse(readFileSync(path.join(process.cwd(), "public/examples/ready.json"), "utf8")) as AssessmentDocument;
const NAMES = ["alpha", "Beta", "Émile", "zeta", "Zoë", "beta 2", "Ärger", "10 things", "2 things", "Same", "Same", "_draft", "Lead intake", "lead intake"];
const SIZE = 4;

let owner: OrgContext;
let ownerIds: string[];

// The SQL page must equal what the CSV export computes in memory from every row, for every sort, direction, filter and page.
beforeAll(async () => {
  owner = await makeOwner("Portfolio SQL");
  const second = await addMember(owner, "editor");
  ownerIds = [owner.user.id, second.user.id];
  for (const [i, name] of NAMES.entries()) {
    const project = await createProject(owner, { name, description: "", systems: i % 3 === 0 ? ["crm"] : i % 3 === 1 ? ["crm", "support_desk"] : ["erp"], ownerId: i % 4 === 3 ? null : ownerIds[i % 2]! });
    if (i % 5 === 4) continue; // left empty: incomplete
    const draft = i % 5 === 0 ? { answers: ready.answers ?? {}, scores: ready.scores ?? {} } : { answers: {}, scores: { securityControls: { score: 1 + (i % 3) }, dataOwnership: { score: 1 + ((i + 1) % 5) } } };
    await saveAssessment(owner, project.id, 0, validateDraft(draft.answers, draft.scores));
  }
  const archived = await createProject(owner, { name: "Archived pilot", description: "", systems: ["crm"], ownerId: null });
  await setProjectArchived(owner, archived.id, true);
});

async function inMemory(query: TableQuery) {
  const rows = (await loadPortfolioProjects(owner)).map(buildRow);
  const filtered = sortRows(filterRows(rows, query), query);
  const shown = pageOf(filtered, query.page, SIZE);
  return { ids: shown.items.map((r) => r.id), page: shown.page, pages: shown.pages, total: filtered.length, counts: countByVerdict(filtered), topBlockers: topBlockers(rows), rows: shown.items };
}

describe("portfolio page in SQL", () => {
  const filterSets: Partial<TableQuery>[] = [{}, { verdict: "blocked" }, { verdict: "incomplete" }, { system: "crm" }, { rule: "SCORE_BELOW_3" }];

  it("pages, sorts, filters and counts exactly like the in-memory pipeline", async () => {
    let compared = 0;
    for (const sort of SORT_KEYS) {
      for (const dir of ["asc", "desc"] as const) {
        for (const filter of [...filterSets, { owner: ownerIds[1] }]) {
          for (const page of [1, 2, 4, 99]) {
            const query: TableQuery = { sort, dir, page, ...filter };
            const expected = await inMemory(query);
            const actual = await loadPortfolioPage(owner, query, testDb(), new Date(), SIZE);
            const label = JSON.stringify(query);
            expect(actual.rows.map((r) => r.id), label).toEqual(expected.ids);
            expect({ page: actual.page, pages: actual.pages, total: actual.total, counts: actual.counts }, label).toEqual({ page: expected.page, pages: expected.pages, total: expected.total, counts: expected.counts });
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBe(SORT_KEYS.length * 2 * 6 * 4);
  });

  it("shows the same rows, top blockers, owners and activity as the in-memory pipeline", async () => {
    const query: TableQuery = { sort: "name", dir: "asc", page: 1 };
    const expected = await inMemory(query);
    const actual = await loadPortfolioPage(owner, query, testDb(), new Date(), SIZE);
    expect(actual.rows).toEqual(expected.rows.map((row) => ({ ...row, scores: expect.any(Object) })));
    expect(actual.topBlockers).toEqual(expected.topBlockers);
    expect(actual.activeProjects).toBe(NAMES.length);
    const projects = await loadPortfolioProjects(owner);
    const owners = [...new Map(projects.flatMap((p) => (p.owner ? [[p.owner.id, p.owner] as const] : []))).values()].sort((a, b) => a.name.localeCompare(b.name));
    expect(actual.owners).toEqual(owners);
  });

  it("recomputes summaries judged by an older ruleset before reading, without touching the draft's last change", async () => {
    const before = await testDb().assessment.findMany({ where: { organizationId: owner.organization.id }, select: { id: true, updatedAt: true, verdict: true } });
    // As a ruleset upgrade leaves them: judged by the old rules (raw SQL, so updated_at stays).
    await testDb().$executeRaw`UPDATE assessments SET evaluated_with = '0.9.0', verdict = 'ready', blocker_rules = '{}' WHERE organization_id = ${owner.organization.id}`;
    const page = await loadPortfolioPage(owner, { sort: "name", dir: "asc", page: 1, verdict: "blocked" }, testDb(), new Date(), 100);
    expect(page.total).toBe(before.filter((a) => a.verdict === "blocked").length);
    const after = await testDb().assessment.findMany({ where: { organizationId: owner.organization.id }, select: { id: true, updatedAt: true, verdict: true } });
    expect(after.sort((a, b) => a.id.localeCompare(b.id))).toEqual(before.sort((a, b) => a.id.localeCompare(b.id)));
  });

  it("recomputes and stores stale summaries for the CSV export too, reading verdicts the current rules give", async () => {
    const before = await testDb().assessment.findMany({ where: { organizationId: owner.organization.id }, select: { projectId: true, verdict: true } });
    await testDb().$executeRaw`UPDATE assessments SET evaluated_with = '0.9.0', verdict = 'ready', blocker_rules = '{}' WHERE organization_id = ${owner.organization.id}`;
    const projects = await loadPortfolioProjects(owner);
    const verdicts = new Map(before.map((a) => [a.projectId, a.verdict]));
    expect(projects.filter((p) => p.assessment?.verdict !== "ready").length).toBeGreaterThan(0);
    for (const project of projects) expect(project.assessment?.verdict, project.name).toBe(verdicts.get(project.id));
    const stored = await testDb().assessment.findMany({ where: { organizationId: owner.organization.id }, select: { evaluatedWith: true } });
    expect(new Set(stored.map((a) => a.evaluatedWith))).toEqual(new Set([RULESET_VERSION]));
  });

  it("shows a member of another organization nothing", async () => {
    const outsider = await makeOwner("Outsider SQL");
    const page = await loadPortfolioPage(outsider, { sort: "name", dir: "asc", page: 1 }, testDb());
    expect(page).toMatchObject({ activeProjects: 0, rows: [], total: 0, topBlockers: [], owners: [], trend: [] });
  });
});
