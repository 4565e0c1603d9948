import { beforeAll, describe, expect, it } from "vitest";
import { loadProjectList } from "@/lib/dashboard/portfolio-page";
import { parseTableQuery, type TableQuery } from "@/lib/dashboard/table-query";
import type { OrgContext } from "@/lib/organizations/access";
import { createProject, setProjectArchived } from "@/lib/projects/mutations";
import { testDb } from "./support/database";
import { makeOwner } from "./support/factories";

// Names with the LIKE wildcards in them, and near misses they would match if the wildcards were live.
const NAMES = ["Lead intake", "lead scoring", "50% off", "500 offers", "a_b", "axb", "back\\slash", "Refund approval"];

let owner: OrgContext;
let other: OrgContext;

const list = (params: Record<string, string>, size = 25) => loadProjectList(owner, parseTableQuery(params), testDb(), size);
const names = async (params: Record<string, string>, size?: number) => (await list(params, size)).rows.map((row) => row.name);

beforeAll(async () => {
  owner = await makeOwner("Project list");
  other = await makeOwner("Other list");
  for (const name of NAMES) await createProject(owner, { name, description: "", systems: ["crm"], ownerId: owner.user.id });
  const archived = await createProject(owner, { name: "Lead pilot (old)", description: "", systems: ["crm"], ownerId: null });
  await setProjectArchived(owner, archived.id, true);
  // Same name in another organization: it must never show up.
  await createProject(other, { name: "Lead intake", description: "", systems: ["crm"], ownerId: null });
});

describe("the Projects list query", () => {
  it("searches names case-insensitively, within the organization, active projects only", async () => {
    expect((await names({ q: "LEAD", sort: "name" })).sort()).toEqual(["Lead intake", "lead scoring"]);
    expect(await names({ q: "lead", archived: "1" })).toEqual(["Lead pilot (old)"]);
  });

  it("takes %, _ and \\ literally", async () => {
    expect(await names({ q: "50%" })).toEqual(["50% off"]);
    expect(await names({ q: "a_b" })).toEqual(["a_b"]);
    expect(await names({ q: "k\\s" })).toEqual(["back\\slash"]);
    expect(await names({ q: "%" })).toEqual(["50% off"]);
  });

  it("sorts by name both ways and pages through the result", async () => {
    const ascending = await names({ sort: "name" });
    expect(ascending).toHaveLength(NAMES.length);
    expect(await names({ sort: "name", dir: "desc" })).toEqual([...ascending].reverse());
    const second = await list({ sort: "name", page: "2" }, 3);
    expect(second).toMatchObject({ total: NAMES.length, page: 2, pages: 3 });
    expect(second.rows.map((row) => row.name)).toEqual(ascending.slice(3, 6));
    // Past the end: the last page rather than an empty table.
    expect((await list({ sort: "name", page: "99" }, 3)).rows.map((row) => row.name)).toEqual(ascending.slice(6));
  });

  it("sorts by last change and readiness, and filters by verdict and owner", async () => {
    const byChange = (await list({ sort: "lastChange", dir: "desc" })).rows.map((row) => row.lastChange);
    expect(byChange).toEqual([...byChange].sort().reverse());
    const query: TableQuery = { ...parseTableQuery({ sort: "index" }), verdict: "incomplete", owner: owner.user.id };
    const filtered = await loadProjectList(owner, query, testDb());
    expect(filtered.total).toBe(NAMES.length);
    expect(filtered.owners).toEqual([{ id: owner.user.id, name: owner.user.name }]);
    expect((await list({ verdict: "ready" })).total).toBe(0);
  });

  it("never lists another organization's projects", async () => {
    const theirs = await loadProjectList(other, parseTableQuery({ q: "lead" }), testDb());
    expect(theirs.rows.map((row) => row.name)).toEqual(["Lead intake"]);
    expect(theirs.rows[0]!.id).not.toBe((await list({ q: "Lead intake" })).rows[0]!.id);
  });
});
