import { beforeAll, describe, expect, it } from "vitest";
import type { OrgContext } from "@/lib/organizations/access";
import { createProject, setProjectArchived } from "@/lib/projects/mutations";
import { RULESET_VERSION } from "@/lib/readiness";
import { searchOrganization } from "@/lib/search/search";
import { SEARCH_LIMIT } from "@/lib/search/types";
import { testDb } from "./support/database";
import { addMember, makeOwner } from "./support/factories";

let owner: OrgContext;
let viewer: OrgContext;
let other: OrgContext;
const ids: Record<string, string> = {};

const make = async (ctx: OrgContext, name: string) =>
  (await createProject(ctx, { name, description: "", systems: ["crm"], ownerId: null })).id;
const search = (q: string, ctx: OrgContext = owner) => searchOrganization(ctx, q, testDb());

/** Stores a draft's evaluation summary as a save would, without building a document for it. */
const blockedBy = (projectId: string, rules: string[]) =>
  testDb().assessment.updateMany({
    where: { projectId },
    data: { blockerRules: rules, blockerCount: rules.length, verdict: "blocked", evaluatedWith: RULESET_VERSION },
  });

beforeAll(async () => {
  owner = await makeOwner("Search owner");
  viewer = await addMember(owner, "viewer", "Wanda Viewer");
  other = await makeOwner("Search rival");
  ids.intake = await make(owner, "Lead intake");
  ids.percent = await make(owner, "50% off renewals");
  ids.underscore = await make(owner, "a_b");
  ids.axb = await make(owner, "axb");
  ids.archived = await make(owner, "Lead pilot");
  await setProjectArchived(owner, ids.archived, true);
  for (let i = 0; i < SEARCH_LIMIT + 3; i += 1) await make(owner, `Bulk project ${String(i).padStart(2, "0")}`);
  ids.rival = await make(other, "Lead intake");
  await blockedBy(ids.intake, ["TEST_CASE_FAILING", "SCORE_BELOW_3"]);
  await blockedBy(ids.rival, ["TEST_CASE_FAILING"]);
});

describe("searchOrganization", () => {
  it("finds projects by name, active before archived, never another organization's namesake", async () => {
    const { projects } = await search("lead");
    expect(projects.map((p) => p.id)).toEqual([ids.intake, ids.archived]);
    expect(projects[0]).toMatchObject({ label: "Lead intake", href: `/o/${owner.organization.slug}/projects/${ids.intake}/dashboard` });
    expect(projects[1]!.detail).toBe("Archived project");
    expect((await search("lead", other)).projects.map((p) => p.id)).toEqual([ids.rival]);
  });

  it("takes LIKE wildcards literally", async () => {
    expect((await search("%")).projects.map((p) => p.label)).toEqual(["50% off renewals"]);
    expect((await search("a_b")).projects.map((p) => p.label)).toEqual(["a_b"]);
    expect((await search("_")).projects.map((p) => p.label)).toEqual(["a_b"]);
  });

  it("stops each group at the limit", async () => {
    expect((await search("bulk project")).projects).toHaveLength(SEARCH_LIMIT);
  });

  it("finds stored blockers by rule title and links to the rule's step, scoped to the organization", async () => {
    const { findings } = await search("test case failing");
    expect(findings).toEqual([
      {
        id: `${ids.intake}:TEST_CASE_FAILING`,
        label: "Test case failing",
        detail: "Blocker in Lead intake",
        href: `/o/${owner.organization.slug}/projects/${ids.intake}#answers.testCases`,
      },
    ]);
    expect((await search("test case failing", other)).findings.map((f) => f.id)).toEqual([`${ids.rival}:TEST_CASE_FAILING`]);
    expect((await search("%")).findings).toEqual([]);
  });

  it("finds members by name or email, for a viewer too, and only the organization's own", async () => {
    expect((await search("wanda", viewer)).members.map((m) => m.id)).toEqual([viewer.user.id]);
    expect((await search(viewer.user.email.slice(0, 12))).members.map((m) => m.label)).toEqual(["Wanda Viewer"]);
    expect((await search("wanda", other)).members).toEqual([]);
    expect((await search("search rival")).members).toEqual([]);
  });
});
