import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { saveAssessment } from "@/lib/assessments/save-assessment";
import { draftOf } from "@/lib/assessments/document";
import { createProject } from "@/lib/projects/mutations";
import { parseAssessment } from "@/lib/readiness";
import { createRemediationPlan } from "@/lib/remediation-plan/create-plan";
import { loadMyItems, loadRemediationPlan } from "@/lib/remediation-plan/queries";
import { loadRemediationOverview } from "@/lib/remediation-plan/portfolio-overview";
import { reconcilePlan } from "@/lib/remediation-plan/reconcile-on-save";
import { evaluateDraft } from "@/lib/assessments/evaluation-summary";
import { setRemediationStart } from "@/lib/remediation-plan/set-start";
import { ItemConflictError, updateRemediationItem } from "@/lib/remediation-plan/update-item";
import { AppError } from "@/lib/errors";
import { testDb } from "./support/database";
import { addMember, makeOwner } from "./support/factories";
import type { OrgContext } from "@/lib/organizations/access";

function blockedDraft() {
  const parsed = parseAssessment(JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../public/examples/blocked.json"), "utf8")));
  if (!parsed.ok) throw new Error("example invalid");
  return draftOf(parsed.document);
}

/** A project whose draft is the blocked example, owned by `ownerId`. */
async function blockedProject(ctx: OrgContext, ownerId: string | null = ctx.user.id) {
  const project = await createProject(ctx, { name: "Refunds", description: "", systems: ["support_desk"], ownerId });
  const saved = await saveAssessment(ctx, project.id, 0, blockedDraft());
  return { project, revision: saved.revision };
}

const itemsOf = async (ctx: OrgContext, projectId: string) => (await loadRemediationPlan(ctx, projectId))!.items;
const byKey = async (ctx: OrgContext, projectId: string, key: string) => (await itemsOf(ctx, projectId)).find((item) => item.key === key)!;
const update = (
  ctx: OrgContext,
  projectId: string,
  item: { id: string; revision: number; status: string; dueDate: string; notes: string; assignee: { id: string } | null },
  change: Record<string, unknown>,
) =>
  updateRemediationItem(ctx, {
    projectId,
    itemId: item.id,
    baseRevision: item.revision,
    status: item.status as "open",
    assigneeId: item.assignee?.id ?? null,
    dueDate: item.dueDate,
    notes: item.notes,
    ...change,
  });

describe("the 90-day remediation plan", () => {
  it("is generated from the draft: one item per blocker and warning, blockers in days 1–30, owned by the project owner when the answers name no member", async () => {
    const owner = await makeOwner();
    const { project } = await blockedProject(owner);
    const created = await createRemediationPlan(owner, project.id, { startDate: "2027-01-04", includeInfo: false });
    const items = await itemsOf(owner, project.id);
    expect(created.items).toBe(items.length);
    expect(items.filter((item) => item.severity === "blocker")).toHaveLength(18);
    expect(items.some((item) => item.severity === "info")).toBe(false);
    expect(
      items.filter((item) => item.severity === "blocker").every((item) => item.window === "days-1-30" && item.dueDate === "2027-02-02"),
    ).toBe(true);
    expect(items.every((item) => item.assignee?.id === owner.user.id && item.state === "open")).toBe(true);
    const duty = items.find((item) => item.key === "DUTY_UNOWNED@answers.maintenance.dataMapping")!;
    expect(duty).toMatchObject({ severity: "warning", track: "observability", window: "days-61-90", dueDate: "2027-04-03" });
    const event = await testDb().auditEvent.findFirstOrThrow({ where: { projectId: project.id, action: "remediation.plan_created" } });
    expect(event.changes).toMatchObject({ startDate: { after: "2027-01-04" }, items: { after: items.length } });
    await expect(createRemediationPlan(owner, project.id, { startDate: "2027-01-04", includeInfo: false })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("assigns a new item to the member the answers name for that duty", async () => {
    const owner = await makeOwner();
    await addMember(owner, "editor", "Luis Romero");
    const { project } = await blockedProject(owner);
    await createRemediationPlan(owner, project.id, { startDate: "2027-01-04", includeInfo: false });
    const item = await byKey(owner, project.id, "DUTY_UNOWNED@answers.maintenance.dataMapping");
    expect(item.suggestedOwner).toBeTruthy();
    const items = await itemsOf(owner, project.id);
    expect(items.some((i) => i.assignee?.name === "Luis Romero")).toBe(true);
  });

  it("closes an item when a save makes its finding disappear, and reopens it when the finding comes back, each with an audit event", async () => {
    const owner = await makeOwner();
    const { project, revision } = await blockedProject(owner);
    await createRemediationPlan(owner, project.id, { startDate: "2027-01-04", includeInfo: false });
    const key = "SCORE_BELOW_3@scores.monitoringAlerting";
    const draft = blockedDraft();
    const fixed = { ...draft, scores: { ...draft.scores, monitoringAlerting: { score: 3 } } };
    const saved = await saveAssessment(owner, project.id, revision, fixed);
    const resolved = await byKey(owner, project.id, key);
    expect(resolved).toMatchObject({ state: "resolved", status: "open", resolvedBy: owner.user.name, resolvedRevision: saved.revision });
    expect((await itemsOf(owner, project.id)).filter((item) => item.state === "resolved").map((item) => item.key)).toEqual([key]);
    const item = await testDb().remediationItem.findFirstOrThrow({ where: { projectId: project.id, key } });
    expect(await testDb().auditEvent.count({ where: { entityId: item.id, action: "remediation.item_resolved" } })).toBe(1);

    await saveAssessment(owner, project.id, saved.revision, draft);
    expect((await byKey(owner, project.id, key)).state).toBe("open");
    expect(await testDb().auditEvent.count({ where: { entityId: item.id, action: "remediation.item_reopened" } })).toBe(1);
  });

  it("keeps what people set across re-evaluations, and shows 'still firing' for an item marked done whose finding fires", async () => {
    const owner = await makeOwner();
    const editor = await addMember(owner, "editor", "Ed Itor");
    const { project, revision } = await blockedProject(owner);
    await createRemediationPlan(owner, project.id, { startDate: "2027-01-04", includeInfo: false });
    const key = "TRIAGE_UNOWNED@answers.maintenance.failedWorkflowTriage";
    const before = await byKey(owner, project.id, key);
    await update(editor, project.id, before, { status: "done", assigneeId: editor.user.id, dueDate: "2027-01-20", notes: "Asked Luis" });
    let after = await byKey(owner, project.id, key);
    expect(after).toMatchObject({
      status: "done",
      state: "still_firing",
      assignee: { id: editor.user.id },
      dueDate: "2027-01-20",
      dueDateSetByPerson: true,
      notes: "Asked Luis",
      revision: 1,
    });

    const draft = blockedDraft();
    await saveAssessment(owner, project.id, revision, {
      ...draft,
      answers: { ...draft.answers, workflow: { ...draft.answers.workflow, endState: "Refund issued" } },
    });
    after = await byKey(owner, project.id, key);
    expect(after).toMatchObject({
      status: "done",
      state: "still_firing",
      assignee: { id: editor.user.id },
      dueDate: "2027-01-20",
      notes: "Asked Luis",
    });

    // The start moves: due dates nobody chose follow, the one the editor chose stays.
    await setRemediationStart(owner, project.id, "2027-02-01");
    expect((await byKey(owner, project.id, key)).dueDate).toBe("2027-01-20");
    expect((await byKey(owner, project.id, "SCORE_BELOW_3@scores.monitoringAlerting")).dueDate).toBe("2027-03-02");
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { entityId: after.id, action: "remediation.item_updated" } });
    expect(audit.changes).toMatchObject({ status: { before: "open", after: "done" }, notes: { before: "", after: "Asked Luis" } });
  });

  it("refuses a stale revision as a conflict carrying what won, an assignee from elsewhere, and items of other organizations", async () => {
    const owner = await makeOwner();
    const stranger = await makeOwner("Stranger");
    const { project } = await blockedProject(owner);
    await createRemediationPlan(owner, project.id, { startDate: "2027-01-04", includeInfo: false });
    const item = (await itemsOf(owner, project.id))[0]!;
    await update(owner, project.id, item, { status: "in_progress" });
    const stale = update(owner, project.id, item, { notes: "mine" });
    await expect(stale).rejects.toBeInstanceOf(ItemConflictError);
    await expect(stale).rejects.toMatchObject({ current: { revision: 1, status: "in_progress" } });

    const fresh = await byKey(owner, project.id, item.key);
    await expect(update(owner, project.id, fresh, { assigneeId: stranger.user.id })).rejects.toMatchObject({
      code: "validation",
      fieldErrors: { assigneeId: [expect.any(String)] },
    });
    await expect(update(stranger, project.id, fresh, { notes: "x" })).rejects.toMatchObject({ code: "not_found" });
    expect(await loadRemediationPlan(stranger, project.id)).toBeNull();
    expect((await byKey(owner, project.id, item.key)).notes).toBe("");
  });

  it("refuses changes from a viewer in the domain functions themselves", async () => {
    const owner = await makeOwner();
    const viewer = await addMember(owner, "viewer");
    const { project } = await blockedProject(owner);
    await expect(createRemediationPlan(viewer, project.id, { startDate: "2027-01-04", includeInfo: false })).rejects.toBeInstanceOf(
      AppError,
    );
    await createRemediationPlan(owner, project.id, { startDate: "2027-01-04", includeInfo: false });
    const item = (await itemsOf(viewer, project.id))[0]!;
    await expect(update(viewer, project.id, item, { status: "done" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setRemediationStart(viewer, project.id, "2027-02-01")).rejects.toMatchObject({ code: "forbidden" });
  });

  it("lists a member's open items across projects, soonest due first, leaving out resolved and done ones", async () => {
    const owner = await makeOwner();
    const editor = await addMember(owner, "editor", "Ed Itor");
    const first = await blockedProject(owner, editor.user.id);
    const second = await blockedProject(owner, owner.user.id);
    await createRemediationPlan(owner, first.project.id, { startDate: "2027-01-04", includeInfo: false });
    await createRemediationPlan(owner, second.project.id, { startDate: "2026-12-01", includeInfo: false });
    const theirs = (await itemsOf(owner, second.project.id))[0]!;
    await update(owner, second.project.id, theirs, { assigneeId: editor.user.id, dueDate: "2026-12-02" });
    const today = "2026-12-05";
    const { items: mine, counts } = await loadMyItems(editor, today);
    expect(mine[0]).toMatchObject({ projectId: second.project.id, dueDate: "2026-12-02" });
    const firstItems = (await itemsOf(owner, first.project.id)).length;
    expect(mine.filter((i) => i.projectId === first.project.id)).toHaveLength(firstItems);
    expect(counts).toEqual({ overdue: 1, dueThisWeek: 0, later: firstItems, total: firstItems + 1 });
    // A short page still counts everything.
    const short = await loadMyItems(editor, today, 3);
    expect(short.items.map((i) => i.id)).toEqual(mine.slice(0, 3).map((i) => i.id));
    expect(short.counts).toEqual(counts);
    const done = (await itemsOf(owner, first.project.id))[0]!;
    await update(editor, first.project.id, done, { status: "done" });
    expect((await loadMyItems(editor, today)).items.some((i) => i.id === done.id)).toBe(false);
  });

  it("sums late and due work per project for the portfolio, and counts open blocker items week by week", async () => {
    const owner = await makeOwner();
    const { project, revision } = await blockedProject(owner);
    const today = new Date().toISOString().slice(0, 10);
    await createRemediationPlan(owner, project.id, { startDate: "2026-01-05", includeInfo: false });
    const empty = await loadRemediationOverview(await makeOwner("Other"), today);
    expect(empty).toMatchObject({ plans: 0, overdue: 0, projects: [] });

    const before = await loadRemediationOverview(owner, today);
    const items = await itemsOf(owner, project.id);
    const blockers = items.filter((item) => item.severity === "blocker").length;
    expect(before).toMatchObject({ plans: 1, openBlockers: blockers, overdue: items.length, dueThisWeek: 0 });
    expect(before.projects).toEqual([
      { projectId: project.id, name: "Refunds", overdue: items.length, dueThisWeek: 0, openBlockers: blockers },
    ]);
    expect(before.burnDown).toHaveLength(12);
    expect(before.burnDown.at(-1)).toEqual({ day: today, openBlockers: blockers });
    expect(before.burnDown[0]!.openBlockers).toBe(0);

    // A save resolves one blocker; a person marks another item done: both leave the open counts.
    const draft = blockedDraft();
    await saveAssessment(owner, project.id, revision, { ...draft, scores: { ...draft.scores, monitoringAlerting: { score: 3 } } });
    const warning = (await itemsOf(owner, project.id)).find((item) => item.severity === "warning" && item.state === "open")!;
    await update(owner, project.id, warning, { status: "done" });
    const after = await loadRemediationOverview(owner, today);
    expect(after).toMatchObject({ openBlockers: blockers - 1, overdue: items.length - 2 });
    expect(after.burnDown.at(-1)).toEqual({ day: today, openBlockers: blockers - 1 });
  });

  it("catches up on a plan left behind by a save (its reconcile failed) when anyone opens it, as the system's doing", async () => {
    const owner = await makeOwner();
    const viewer = await addMember(owner, "viewer");
    const { project } = await blockedProject(owner);
    await createRemediationPlan(owner, project.id, { startDate: "2027-01-04", includeInfo: false });
    const draft = blockedDraft();
    // The draft moves on without its plan, as when the reconcile after a save failed.
    await testDb().assessment.update({
      where: { projectId: project.id },
      data: { scores: { ...draft.scores, monitoringAlerting: { score: 3 } }, revision: { increment: 1 } },
    });
    const item = await byKey(viewer, project.id, "SCORE_BELOW_3@scores.monitoringAlerting");
    expect(item).toMatchObject({ state: "resolved", resolvedBy: null });
    const event = await testDb().auditEvent.findFirstOrThrow({ where: { entityId: item.id, action: "remediation.item_resolved" } });
    expect(event.actorId).toBeNull();
    // Opened again, nothing more happens: the plan is at the draft's revision.
    await loadRemediationPlan(viewer, project.id);
    expect(await testDb().auditEvent.count({ where: { entityId: item.id } })).toBe(1);
  });

  it("adds a finding that appears on a save as a new item for the project owner, with its audit event, and skips a stale reconcile", async () => {
    const owner = await makeOwner();
    const { project, revision } = await blockedProject(owner);
    await createRemediationPlan(owner, project.id, { startDate: "2027-01-04", includeInfo: false });
    const before = (await itemsOf(owner, project.id)).length;
    const draft = blockedDraft();
    const saved = await saveAssessment(owner, project.id, revision, {
      ...draft,
      scores: { ...draft.scores, trainingReadiness: { score: 1 } },
    });
    const added = await byKey(owner, project.id, "SCORE_BELOW_3@scores.trainingReadiness");
    expect(added).toMatchObject({ state: "open", severity: "blocker", dueDate: "2027-02-02", assignee: { id: owner.user.id } });
    expect((await itemsOf(owner, project.id)).length).toBe(before + 1);
    const event = await testDb().auditEvent.findFirstOrThrow({ where: { entityId: added.id, action: "remediation.item_added" } });
    expect(event.changes).toMatchObject({ item: { after: "Area scored below 3" }, revision: { after: saved.revision } });
    expect(event.actorId).toBe(owner.user.id);

    // A reconcile for an older revision than the plan's is skipped: nothing changes, no event.
    const plan = await testDb().remediationPlan.findFirstOrThrow({ where: { projectId: project.id } });
    const events = await testDb().auditEvent.count({ where: { projectId: project.id } });
    const skipped = await reconcilePlan(
      owner,
      project.id,
      { id: plan.id, startDate: "2027-01-04", includeInfo: false },
      revision,
      draft,
      evaluateDraft(draft),
    );
    expect(skipped).toBeNull();
    expect(await testDb().auditEvent.count({ where: { projectId: project.id } })).toBe(events);
    expect((await byKey(owner, project.id, "SCORE_BELOW_3@scores.trainingReadiness")).state).toBe("open");
  });
});
