import { describe, expect, it } from "vitest";
import { listProjectHistory } from "@/lib/assessments/history";
import { saveAssessment } from "@/lib/assessments/save-assessment";
import { createProject, setProjectArchived, updateProject } from "@/lib/projects/mutations";
import { loadProjectList } from "@/lib/dashboard/portfolio-page";
import { parseTableQuery } from "@/lib/dashboard/table-query";
import type { OrgContext } from "@/lib/organizations/access";
import { getProject } from "@/lib/projects/queries";
import { createProjectSchema } from "@/lib/projects/schema";
import { testDb } from "./support/database";
import { addMember, makeOwner } from "./support/factories";

const listProjects = async (ctx: OrgContext, { archived = false } = {}) =>
  (await loadProjectList(ctx, parseTableQuery(archived ? { archived: "1" } : {}), testDb())).rows;
const fields = (name: string) => createProjectSchema.parse({ name, systems: ["crm", "billing"] });

describe("projects", () => {
  it("creates a project with an empty assessment at revision 0 and an audit event", async () => {
    const owner = await makeOwner();
    const project = await createProject(owner, { ...fields("Refund assistant"), ownerId: owner.user.id });
    const loaded = await getProject(owner, project.id);
    expect(loaded).toMatchObject({
      name: "Refund assistant",
      systems: ["crm", "billing"],
      owner: { id: owner.user.id },
      assessment: { revision: 0, answers: {}, scores: {} },
    });
    expect(await testDb().auditEvent.count({ where: { projectId: project.id, action: "project.created" } })).toBe(1);
  });

  it("refuses an owner who is not a member of the organization", async () => {
    const owner = await makeOwner();
    const stranger = await makeOwner("Stranger");
    await expect(createProject(owner, { ...fields("X"), ownerId: stranger.user.id })).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { ownerId: ["Choose a member of this organization."] },
    });
    expect(await testDb().project.count({ where: { organizationId: owner.organization.id } })).toBe(0);
  });

  it("renames with a before → after audit event, archives and restores", async () => {
    const owner = await makeOwner();
    const project = await createProject(owner, fields("Old name"));
    await updateProject(owner, project.id, { ...fields("New name"), description: "Now described" });
    const event = await testDb().auditEvent.findFirstOrThrow({ where: { projectId: project.id, action: "project.updated" } });
    expect(event.changes).toEqual({ name: { before: "Old name", after: "New name" }, description: { before: "", after: "Now described" } });
    await setProjectArchived(owner, project.id, true);
    expect((await listProjects(owner)).map((p) => p.id)).not.toContain(project.id);
    expect((await listProjects(owner, { archived: true })).map((p) => p.id)).toContain(project.id);
    await expect(setProjectArchived(owner, project.id, true)).rejects.toMatchObject({ code: "not_found" });
    await setProjectArchived(owner, project.id, false);
    expect((await listProjects(owner)).map((p) => p.id)).toContain(project.id);
  });

  it("another organization cannot see, rename or archive the project, and nothing changes", async () => {
    const victim = await makeOwner("Victim");
    const project = await createProject(victim, fields("Secret project"));
    const attacker = await makeOwner("Attacker");
    await expect(getProject(attacker, project.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(updateProject(attacker, project.id, fields("Pwned"))).rejects.toMatchObject({ code: "not_found" });
    await expect(setProjectArchived(attacker, project.id, true)).rejects.toMatchObject({ code: "not_found" });
    expect((await listProjects(attacker)).map((p) => p.id)).not.toContain(project.id);
    expect(await testDb().project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
      name: "Secret project",
      archivedAt: null,
    });
  });
});

describe("project history", () => {
  it("filters by person and question and pages newest first", async () => {
    const owner = await makeOwner();
    const editor = await addMember(owner, "editor", "Eddie Editor");
    const project = await createProject(owner, fields("History"));
    await saveAssessment(owner, project.id, 0, { answers: { workflow: { name: "W" } }, scores: {} });
    await saveAssessment(editor, project.id, 1, { answers: { workflow: { name: "W" } }, scores: { dataOwnership: { score: 4 } } });
    const all = await listProjectHistory(owner, project.id, { page: 1 });
    expect(all.total).toBe(3);
    expect(all.entries.map((e) => e.action).sort()).toEqual(["assessment.saved", "assessment.saved", "project.created"]);
    const times = all.entries.map((e) => e.to.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const byEditor = await listProjectHistory(owner, project.id, { page: 1, actorId: editor.user.id });
    expect(byEditor.entries).toHaveLength(1);
    expect(byEditor.entries[0]!.actor?.name).toBe("Eddie Editor");
    const scores = await listProjectHistory(owner, project.id, { page: 1, section: "scores" });
    expect(scores.total).toBe(1);
    const workflow = await listProjectHistory(owner, project.id, { page: 1, section: "workflow" });
    expect(workflow.total).toBe(1);
    const other = await makeOwner("Other");
    expect((await listProjectHistory(other, project.id, { page: 1 })).total).toBe(0);
  });

  it("shows one sitting of autosaves as one entry with the net change", async () => {
    const owner = await makeOwner();
    const project = await createProject(owner, fields("Sitting"));
    for (const [revision, name] of ["E", "En", "Enrich leads"].entries())
      await saveAssessment(owner, project.id, revision, { answers: { workflow: { name } }, scores: {} });
    const history = await listProjectHistory(owner, project.id, { page: 1 });
    expect(history.events).toBe(4);
    expect(history.entries.map((e) => [e.action, e.events])).toEqual([
      ["assessment.saved", 3],
      ["project.created", 1],
    ]);
    expect(history.entries[0]!.changes).toEqual([["answers.workflow.name", { before: null, after: "Enrich leads" }]]);
  });
});
