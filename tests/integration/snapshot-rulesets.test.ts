import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareDocuments } from "@/lib/assessments/compare";
import { importAssessment } from "@/lib/assessments/import-export";
import { getSnapshot, snapshotRulesetChange, submitForReview } from "@/lib/assessments/snapshots";
import { createProject } from "@/lib/projects/mutations";
import { evaluate, parseAssessment } from "@/lib/readiness";
import { testDb } from "./support/database";
import { makeOwner } from "./support/factories";

/** Snapshots keep the ruleset that judged them; the app shows what 2.0.0 would change about an older one (#17). */

const file = (name: string) => readFileSync(path.resolve(import.meta.dirname, `../../public/examples/${name}.json`), "utf8");

async function projectWithOldSnapshot() {
  const owner = await makeOwner();
  const project = await createProject(owner, { name: "Ticket enrichment", description: "", systems: ["crm"], ownerId: null });
  const parsed = parseAssessment(JSON.parse(file("blocked")));
  if (!parsed.ok) throw new Error("blocked.json does not parse");
  const evaluation = evaluate(parsed.document, { ruleset: "1.0.0" });
  // As a snapshot submitted before 2.0.0 was stored: a v1 document and its 1.0.0 evaluation.
  const old = await testDb().snapshot.create({
    data: {
      organizationId: owner.organization.id,
      projectId: project.id,
      revision: 0,
      number: 1,
      document: parsed.document,
      evaluation,
      rulesetVersion: "1.0.0",
      verdict: evaluation.verdict,
      readinessIndex: evaluation.readinessIndex,
      blockerCount: evaluation.findings.filter((f) => f.severity === "blocker").length,
      warningCount: evaluation.findings.filter((f) => f.severity === "warning").length,
      createdById: owner.user.id,
    },
  });
  return { owner, project, old, evaluation };
}

describe("snapshots across rulesets", () => {
  it("a v2 draft's snapshot stores the v2 document with its plan and its 2.0.0 evaluation", async () => {
    const { owner, project } = await projectWithOldSnapshot();
    await importAssessment(owner, project.id, file("blocked-v2"));
    const made = await submitForReview(owner, project.id, 1);
    expect(made.rulesetVersion).toBe("2.0.0");
    const snapshot = await getSnapshot(owner, project.id, made.id);
    expect(snapshot.document.format).toBe("preflight.assessment/v2");
    expect(snapshot.document.plan).toEqual(JSON.parse(file("blocked-v2")).plan);
    expect(snapshot.evaluation).toMatchObject({ format: "preflight.evaluation/v2", rulesetVersion: "2.0.0" });
    expect(snapshotRulesetChange(snapshot)).toBeNull();
  });

  it("an old 1.0.0 snapshot keeps its 1.0.0 evaluation and lists what 2.0.0 would gain and lose", async () => {
    const { owner, project, old, evaluation } = await projectWithOldSnapshot();
    const snapshot = await getSnapshot(owner, project.id, old.id);
    expect(snapshot.rulesetVersion).toBe("1.0.0");
    expect(snapshot.evaluation).toEqual(evaluation);
    const change = snapshotRulesetChange(snapshot);
    expect(change).not.toBeNull();
    expect(change!.from).toBe("1.0.0");
    expect(change!.to).toBe("2.0.0");
    expect(change!.gained.map((f) => f.ruleId)).toContain("NO_WORKFLOW_MAP");
    expect(change!.gainedBySeverity.warning).toBeGreaterThan(0);
    expect(change!.gainedBySeverity.blocker).toBe(0);
    // Nothing is written: the snapshot keeps its verdict.
    expect(await testDb().snapshot.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ rulesetVersion: "1.0.0" });
  });

  it("compares an old 1.0.0 snapshot with a new 2.0.0 one, each side with its own evaluation", async () => {
    const { owner, project, old } = await projectWithOldSnapshot();
    await importAssessment(owner, project.id, file("blocked-v2"));
    const made = await submitForReview(owner, project.id, 1);
    const [before, after] = await Promise.all([getSnapshot(owner, project.id, old.id), getSnapshot(owner, project.id, made.id)]);
    const comparison = compareDocuments(before.document, after.document, { before: before.evaluation, after: after.evaluation });
    expect(comparison.verdict).toEqual({ before: "blocked", after: "blocked" });
    expect(comparison.planChanges.length).toBeGreaterThan(0);
    expect(comparison.planChanges.every((c) => c.path.startsWith("plan."))).toBe(true);
    expect(comparison.disappeared.length).toBeGreaterThan(0);
  });
});
