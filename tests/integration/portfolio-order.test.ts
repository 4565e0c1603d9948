/**
 * The portfolio's default order (blocked first, most blockers first, then name and id) is read
 * from an index over the drafts, which carry their project's name (migration 20261208100100):
 * its pages, laid end to end, must be the export's rows (the joined sort), also after projects
 * are renamed, archived and restored, or added.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { saveAssessment, validateDraft } from "@/lib/assessments/save-assessment";
import { loadPortfolioPage, loadPortfolioRows } from "@/lib/dashboard/portfolio-page";
import type { TableQuery } from "@/lib/dashboard/table-query";
import type { OrgContext } from "@/lib/organizations/access";
import { createProject, setProjectArchived, updateProject } from "@/lib/projects/mutations";
import type { AssessmentDocument } from "@/lib/readiness";
import { testDb } from "./support/database";
import { makeOwner } from "./support/factories";

const blocked = JSON.parse(readFileSync(path.join(process.cwd(), "public/examples/blocked.json"), "utf8")) as AssessmentDocument;
// Names that sort differently by byte, by case and by accent, and equal ones (the id breaks the tie).
const NAMES = ["Émile", "emile", "Zeta", "alpha", "Alpha", "Same", "Same", "beta", "Ärger", "_draft"];
const SIZE = 3;
const QUERY: TableQuery = { sort: "verdict", dir: "asc", page: 1 };

let owner: OrgContext;
const ids: string[] = [];

beforeAll(async () => {
  owner = await makeOwner("Portfolio order");
  for (const [i, name] of NAMES.entries()) {
    const project = await createProject(owner, { name, description: "", systems: ["crm"], ownerId: null });
    ids.push(project.id);
    if (i % 3 === 2) continue; // left empty: incomplete
    // Blocked with one or two low scores, so blocker counts differ within the verdict.
    const scores = { securityControls: { score: 1 }, ...(i % 3 === 0 ? { dataOwnership: { score: 2 } } : {}) };
    await saveAssessment(owner, project.id, 0, validateDraft(blocked.answers, { ...blocked.scores, ...scores }));
  }
});

async function expectPagesAreTheExport() {
  const exported = await loadPortfolioRows(owner, QUERY, testDb());
  const first = await loadPortfolioPage(owner, QUERY, testDb(), new Date(), SIZE);
  const pageIds: string[] = [];
  for (let page = 1; page <= first.pages; page += 1)
    pageIds.push(...(await loadPortfolioPage(owner, { ...QUERY, page }, testDb(), new Date(), SIZE)).rows.map((r) => r.id));
  expect(pageIds).toEqual(exported.map((r) => r.id));
  expect(first.total).toBe(exported.length);
  expect((await loadPortfolioPage(owner, { ...QUERY, page: 99 }, testDb(), new Date(), SIZE)).page).toBe(first.pages);
  return exported;
}

describe("the portfolio's default order", () => {
  it("pages through the index as the joined sort orders the export", async () => {
    const rows = await expectPagesAreTheExport();
    expect(rows).toHaveLength(NAMES.length);
    expect(new Set(rows.map((r) => r.verdict))).toEqual(new Set(["blocked", "incomplete"]));
    expect(new Set(rows.filter((r) => r.verdict === "blocked").map((r) => r.blockers)).size).toBeGreaterThan(1);
  });

  it("follows renames, archiving and restoring, and a new project", async () => {
    const rename = (id: string, name: string) => updateProject(owner, id, { name, description: "", systems: ["crm"], ownerId: null });
    await rename(ids[0]!, "zz last");
    await rename(ids[4]!, "aa first");
    await setProjectArchived(owner, ids[1]!, true);
    await createProject(owner, { name: "Brand new", description: "", systems: ["crm"], ownerId: null });
    const rows = await expectPagesAreTheExport();
    expect(rows.map((r) => r.name)).toContain("zz last");
    expect(rows.map((r) => r.id)).not.toContain(ids[1]);
    const stored = await testDb().assessment.findMany({ where: { projectId: { in: [ids[0]!, ids[4]!] } }, select: { projectName: true } });
    expect(stored.map((a) => a.projectName).sort()).toEqual(["aa first", "zz last"]);
    await setProjectArchived(owner, ids[1]!, false);
    await expectPagesAreTheExport();
  });
});
