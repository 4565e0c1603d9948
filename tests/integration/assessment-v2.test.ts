import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importAssessment, exportAssessment } from "@/lib/assessments/import-export";
import { RevisionConflictError, saveAssessment, validateDraft, ValidationIssuesError } from "@/lib/assessments/save-assessment";
import { createProject } from "@/lib/projects/mutations";
import { refreshStaleSummaries } from "@/lib/dashboard/stale-summaries";
import { evaluate, type Plan } from "@/lib/readiness";
import { testDb } from "./support/database";
import { makeOwner } from "./support/factories";

/** Format v2 on the server (#17): the draft's integration plan through save, conflict, import, export and re-judging. */

const file = (name: string) => readFileSync(path.resolve(import.meta.dirname, `../../public/examples/${name}.json`), "utf8");
const example = (name: string) => JSON.parse(file(name)) as { answers: unknown; scores: unknown; plan?: Plan };

async function projectFor(owner: Awaited<ReturnType<typeof makeOwner>>) {
  return createProject(owner, { name: "Ticket enrichment", description: "", systems: ["crm"], ownerId: null });
}

const stored = (projectId: string) => testDb().assessment.findUniqueOrThrow({ where: { projectId } });

describe("the draft's integration plan", () => {
  it("saves a v2 draft with its plan and action contracts, judged by 2.0.0, with plan paths in the audit", async () => {
    const owner = await makeOwner();
    const project = await projectFor(owner);
    const ready = example("ready-v2");
    const saved = await saveAssessment(owner, project.id, 0, validateDraft(ready.answers, ready.scores, ready.plan));
    expect(saved.revision).toBe(1);
    const row = await stored(project.id);
    expect(row.plan).toEqual(ready.plan);
    expect(row.answers).toEqual(ready.answers);
    expect(row).toMatchObject({ evaluatedWith: "2.0.0", verdict: "ready", warningCount: 0 });

    const plan = structuredClone(ready.plan!);
    plan.fieldMappings![0]!.targetField = "Organization.crm_id";
    await saveAssessment(owner, project.id, 1, validateDraft(ready.answers, ready.scores, plan));
    const event = await testDb().auditEvent.findFirstOrThrow({ where: { projectId: project.id }, orderBy: { createdAt: "desc" } });
    expect(event.changes).toEqual({
      "plan.fieldMappings.0.targetField": { before: "Organization.external_id", after: "Organization.crm_id" },
    });
  });

  it("refuses a bad plan cell by its path, and nothing is saved", () => {
    const ready = example("ready-v2");
    const plan = structuredClone(ready.plan!) as Record<string, unknown[]>;
    (plan.fieldMappings![0] as Record<string, unknown>).direction = "sideways";
    const error = (() => {
      try {
        return validateDraft(ready.answers, ready.scores, plan);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationIssuesError);
    expect((error as ValidationIssuesError).issues.map((i) => i.path)).toEqual(["plan.fieldMappings.0.direction"]);
    expect(() => validateDraft({}, {}, null)).toThrow(ValidationIssuesError);
  });

  it("keeps the stored plan when a save sends none, and clears it for an empty one", async () => {
    const owner = await makeOwner();
    const project = await projectFor(owner);
    const ready = example("ready-v2");
    await saveAssessment(owner, project.id, 0, validateDraft(ready.answers, ready.scores, ready.plan));
    const withoutPlan = validateDraft({ ...(ready.answers as object), workflow: { name: "Renamed" } }, ready.scores);
    expect(withoutPlan).not.toHaveProperty("plan");
    await saveAssessment(owner, project.id, 1, withoutPlan);
    expect((await stored(project.id)).plan).toEqual(ready.plan);
    const event = await testDb().auditEvent.findFirstOrThrow({ where: { projectId: project.id }, orderBy: { createdAt: "desc" } });
    expect(Object.keys(event.changes as object).every((key) => key.startsWith("answers.workflow"))).toBe(true);

    await saveAssessment(owner, project.id, 2, validateDraft(ready.answers, ready.scores, {}));
    const cleared = await stored(project.id);
    expect(cleared.plan).toBeNull();
    expect(cleared.warningCount).toBeGreaterThan(0); // NO_WORKFLOW_MAP and the other empty-section warnings
  });

  it("answers a conflict with the stored plan, so the editor can merge", async () => {
    const owner = await makeOwner();
    const project = await projectFor(owner);
    const ready = example("ready-v2");
    await saveAssessment(owner, project.id, 0, validateDraft(ready.answers, ready.scores, ready.plan));
    const error = await saveAssessment(owner, project.id, 0, validateDraft({}, {})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RevisionConflictError);
    expect((error as RevisionConflictError).current).toMatchObject({ revision: 1, plan: ready.plan });
  });
});

describe("import, export and re-judging", () => {
  it("imports v1 (no plan) and v2 (with plan); export always writes v2 with the plan", async () => {
    const owner = await makeOwner();
    const project = await projectFor(owner);
    await importAssessment(owner, project.id, file("ready"));
    expect((await stored(project.id)).plan).toBeNull();
    const v1Export = await exportAssessment(owner, project.id);
    expect(v1Export.format).toBe("preflight.assessment/v2");
    expect(v1Export).not.toHaveProperty("plan");

    await importAssessment(owner, project.id, file("ready-v2"));
    const exported = await exportAssessment(owner, project.id);
    expect(exported.format).toBe("preflight.assessment/v2");
    expect(exported.plan).toEqual(example("ready-v2").plan);
    expect(exported.answers).toEqual(example("ready-v2").answers);
  });

  it("re-judges a draft whose summary ruleset 1.0.0 wrote, plan included", async () => {
    const owner = await makeOwner();
    const project = await projectFor(owner);
    await importAssessment(owner, project.id, file("blocked-v2"));
    const fresh = await stored(project.id);
    await testDb().assessment.update({
      where: { id: fresh.id },
      data: { evaluatedWith: "1.0.0", warningCount: 0, blockerCount: 0, blockerRules: [], verdict: "ready" },
    });
    expect(await refreshStaleSummaries(testDb(), owner.organization.id)).toBe(1);
    const rejudged = await stored(project.id);
    const expected = evaluate(JSON.parse(file("blocked-v2")), { ruleset: "2.0.0" });
    expect(rejudged).toMatchObject({
      evaluatedWith: "2.0.0",
      verdict: expected.verdict,
      blockerCount: expected.findings.filter((f) => f.severity === "blocker").length,
      warningCount: expected.findings.filter((f) => f.severity === "warning").length,
      revision: fresh.revision,
    });
    expect(await refreshStaleSummaries(testDb(), owner.organization.id)).toBe(0);
  });
});
