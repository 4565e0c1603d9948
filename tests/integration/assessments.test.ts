import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importAssessment, exportAssessment } from "@/lib/assessments/import-export";
import { RevisionConflictError, saveAssessment, validateDraft, ValidationIssuesError } from "@/lib/assessments/save-assessment";
import { listSnapshots, submitForReview } from "@/lib/assessments/snapshots";
import { createProject } from "@/lib/projects/mutations";
import { getProject } from "@/lib/projects/queries";
import { testDb } from "./support/database";
import { addMember, makeOwner } from "./support/factories";

const example = (name: string) => readFileSync(path.resolve(import.meta.dirname, `../../public/examples/${name}.json`), "utf8");

async function projectFor(owner: Awaited<ReturnType<typeof makeOwner>>) {
  return createProject(owner, { name: "Lead intake enrichment", description: "", systems: ["crm"], ownerId: null });
}

const workflow = (name: string) => ({ answers: { workflow: { name } }, scores: {} });

describe("saving an assessment", () => {
  it("accepts a save on the current revision, bumps the revision and records the changed fields", async () => {
    const owner = await makeOwner();
    const project = await projectFor(owner);
    const saved = await saveAssessment(owner, project.id, 0, workflow("Enrich inbound leads"));
    expect(saved.revision).toBe(1);
    const again = await saveAssessment(owner, project.id, 1, {
      answers: { workflow: { name: "Enrich inbound leads", owner: "Dana" } },
      scores: { dataOwnership: { score: 2 } },
    });
    expect(again.revision).toBe(2);
    const events = await testDb().auditEvent.findMany({
      where: { projectId: project.id, action: "assessment.saved" },
      orderBy: { createdAt: "asc" },
    });
    expect(events).toHaveLength(2);
    expect(events[1]!.changes).toEqual({
      "answers.workflow.owner": { before: null, after: "Dana" },
      "scores.dataOwnership.score": { before: null, after: 2 },
    });
    expect(events.every((e) => e.actorId === owner.user.id && e.organizationId === owner.organization.id)).toBe(true);
    // Draft and event carry the save's time in UTC, as Prisma itself writes it, and the summary columns.
    const stored = await testDb().assessment.findUniqueOrThrow({ where: { projectId: project.id } });
    expect(stored.updatedAt.getTime()).toBe(again.savedAt.getTime());
    expect(events[1]!.createdAt.getTime()).toBe(again.savedAt.getTime());
    expect(Math.abs(again.savedAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(stored).toMatchObject({
      updatedById: owner.user.id,
      verdict: "blocked",
      blockerRules: expect.arrayContaining(["SCORE_BELOW_3"]),
      evaluatedWith: "2.0.0",
    });
  });

  it("an import saves whatever revision is current, as one revision with its audit event", async () => {
    const owner = await makeOwner();
    const project = await projectFor(owner);
    await saveAssessment(owner, project.id, 0, workflow("first"));
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => saveAssessment(owner, project.id, "any", workflow(`import ${i}`), "assessment.imported")),
    );
    expect(results.map((r) => r.revision).sort()).toEqual([2, 3, 4, 5, 6]);
    expect(await testDb().auditEvent.count({ where: { projectId: project.id, action: "assessment.imported" } })).toBe(5);
  });

  it("of 50 parallel saves from one stale revision, exactly one wins and the stored draft is the winner's", async () => {
    const owner = await makeOwner();
    const project = await projectFor(owner);
    await saveAssessment(owner, project.id, 0, workflow("start"));
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => saveAssessment(owner, project.id, 1, workflow(`editor ${i}`))),
    );
    const winners = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
    const conflicts = results.filter((r) => r.status === "rejected" && r.reason instanceof RevisionConflictError);
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    const stored = await testDb().assessment.findUniqueOrThrow({ where: { projectId: project.id } });
    expect(stored.revision).toBe(2);
    expect(stored.answers).toEqual({ workflow: { name: `editor ${winners[0]}` } });
    expect(await testDb().auditEvent.count({ where: { projectId: project.id, action: "assessment.saved" } })).toBe(2);
  });

  it("keeps save times exact whatever the server's time zone (the save statements map times themselves)", async () => {
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Kolkata"; // +05:30: an hour-only or sign error would show
    try {
      const owner = await makeOwner();
      const project = await projectFor(owner);
      const saved = await saveAssessment(owner, project.id, 0, workflow("first"));
      const stored = await testDb().assessment.findUniqueOrThrow({ where: { projectId: project.id } });
      expect(stored.updatedAt.getTime()).toBe(saved.savedAt.getTime());
      const event = await testDb().auditEvent.findFirstOrThrow({ where: { projectId: project.id, action: "assessment.saved" } });
      expect(event.createdAt.getTime()).toBe(saved.savedAt.getTime());
      // Read back by the save path: an unchanged draft answers the stored time; a conflict carries it.
      const unchanged = await saveAssessment(owner, project.id, 1, workflow("first"));
      expect(unchanged).toMatchObject({ changed: false, revision: 1 });
      expect(unchanged.savedAt.getTime()).toBe(saved.savedAt.getTime());
      const conflict = (await saveAssessment(owner, project.id, 0, workflow("stale")).catch((e: unknown) => e)) as RevisionConflictError;
      expect(conflict.current.updatedAt).toBe(saved.savedAt.toISOString());
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("answers a conflict with the current state so the editor can merge", async () => {
    const owner = await makeOwner();
    const project = await projectFor(owner);
    await saveAssessment(owner, project.id, 0, workflow("theirs"));
    const error = await saveAssessment(owner, project.id, 0, workflow("mine")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RevisionConflictError);
    expect((error as RevisionConflictError).current).toMatchObject({
      revision: 1,
      answers: { workflow: { name: "theirs" } },
      updatedBy: { name: owner.user.name },
    });
  });

  it("rejects an invalid draft with every problem and its path", () => {
    const error = (() => {
      try {
        validateDraft({ actions: [{ kind: "delete" }], bogus: 1 }, { securityControls: { score: 9 } });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationIssuesError);
    const paths = (error as ValidationIssuesError).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["answers.actions.0.kind", "answers", "scores.securityControls.score"]));
  });
});

describe("organization boundaries", () => {
  it("a member of another organization gets not found for every assessment operation, and nothing changes", async () => {
    const victim = await makeOwner("Victim");
    const project = await projectFor(victim);
    await saveAssessment(victim, project.id, 0, workflow("victim's"));
    const attacker = await makeOwner("Attacker");
    const attempts = [
      () => saveAssessment(attacker, project.id, 1, workflow("pwned")),
      () => saveAssessment(attacker, project.id, "any", workflow("pwned")),
      () => importAssessment(attacker, project.id, example("ready")),
      () => exportAssessment(attacker, project.id),
      () => submitForReview(attacker, project.id, 1),
      () => getProject(attacker, project.id),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "not_found" });
    const stored = await testDb().assessment.findUniqueOrThrow({ where: { projectId: project.id } });
    expect(stored).toMatchObject({ revision: 1, answers: { workflow: { name: "victim's" } } });
    expect(await testDb().snapshot.count({ where: { projectId: project.id } })).toBe(0);
    expect(await testDb().auditEvent.count({ where: { actorId: attacker.user.id, projectId: project.id } })).toBe(0);
  });
});

describe("import and export", () => {
  it("imports a valid document as one revision with its audit event, and exports it back", async () => {
    const owner = await makeOwner();
    const project = await projectFor(owner);
    const saved = await importAssessment(owner, project.id, example("ready"));
    expect(saved.revision).toBe(1);
    expect(await testDb().auditEvent.count({ where: { projectId: project.id, action: "assessment.imported" } })).toBe(1);
    const exported = await exportAssessment(owner, project.id);
    const original = JSON.parse(example("ready"));
    expect(exported.answers).toEqual(original.answers);
    expect(exported.scores).toEqual(original.scores);
    expect(exported.project?.name).toBe("Lead intake enrichment"); // the project keeps its own name
  });

  it("writes nothing when the document is invalid, and lists every problem", async () => {
    const owner = await makeOwner();
    const project = await projectFor(owner);
    const bad = JSON.parse(example("ready"));
    bad.answers.actions[0].approval = "yolo";
    bad.scores.securityControls.score = 0;
    bad.extra = true;
    const error = await importAssessment(owner, project.id, JSON.stringify(bad)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationIssuesError);
    expect((error as ValidationIssuesError).issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["answers.actions.0.approval", "scores.securityControls.score", "(root)"]),
    );
    const notJson = await importAssessment(owner, project.id, "{ not json").catch((e: unknown) => e);
    expect((notJson as ValidationIssuesError).issues[0]!.path).toBe("(file)");
    const stored = await testDb().assessment.findUniqueOrThrow({ where: { projectId: project.id } });
    expect(stored).toMatchObject({ revision: 0, answers: {}, scores: {} });
    expect(await testDb().auditEvent.count({ where: { projectId: project.id, entityType: "assessment" } })).toBe(0);
  });
});

describe("snapshots", () => {
  it("freezes the draft with its evaluation and ruleset version; a stale revision is refused", async () => {
    const owner = await makeOwner();
    const editor = await addMember(owner, "editor");
    const project = await projectFor(owner);
    await importAssessment(owner, project.id, example("blocked"));
    const snapshot = await submitForReview(editor, project.id, 1);
    expect(snapshot).toMatchObject({ verdict: "blocked", rulesetVersion: "2.0.0", revision: 1, createdById: editor.user.id });
    expect(snapshot.blockerCount).toBeGreaterThan(0);
    await saveAssessment(owner, project.id, 1, workflow("changed after the snapshot"));
    await expect(submitForReview(editor, project.id, 1)).rejects.toMatchObject({ code: "conflict" });
    const frozen = await testDb().snapshot.findUniqueOrThrow({ where: { id: snapshot.id } });
    expect((frozen.document as { answers: unknown }).answers).toEqual(JSON.parse(example("blocked")).answers);
    expect(await listSnapshots(owner, project.id)).toHaveLength(1);
  });
});
