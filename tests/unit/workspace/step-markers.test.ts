import { describe, expect, it } from "vitest";
import { applyRowOperation, toAssessment, type WorkspaceDoc } from "@/components/workspace/draft";
import { stepMarkers } from "@/components/workspace/step-markers";
import { evaluate } from "@/lib/readiness";

function markersOf(doc: WorkspaceDoc) {
  const assessment = toAssessment(doc);
  return stepMarkers(assessment, evaluate(assessment, { ruleset: "1.0.0" }));
}

describe("stepMarkers", () => {
  it("marks nothing on an empty assessment", () => {
    const markers = markersOf({ answers: {}, scores: {} });
    expect(Object.values(markers).every((m) => !m.answered && m.blockers === 0)).toBe(true);
  });

  it("counts blockers on the step their target points into", () => {
    const markers = markersOf({
      answers: {
        workflow: { name: "Intake" },
        actions: [{ name: "Send refund", customerFacing: true, approval: "automated" }],
      },
      scores: { securityControls: { score: 2 } },
    });
    expect(markers.workflow).toEqual({ answered: true, blockers: 4 }); // start, end, owner, metric
    expect(markers.actions.answered).toBe(true);
    expect(markers.actions.blockers).toBeGreaterThanOrEqual(1);
    expect(markers.scores).toEqual({ answered: false, blockers: 1 }); // a score below 3 blocks at once
    expect(markers.dataSources).toEqual({ answered: false, blockers: 0 });
  });

  it("the scores step is answered once all seven areas are scored", () => {
    const scores = Object.fromEntries(
      ["workflowMapping", "dataOwnership", "taxonomyAlignment", "securityControls", "monitoringAlerting", "rolloutRollback", "trainingReadiness"].map(
        (key) => [key, { score: 3 }],
      ),
    );
    expect(markersOf({ answers: {}, scores }).scores).toEqual({ answered: true, blockers: 0 });
  });
});

describe("applyRowOperation", () => {
  it("adds, moves and removes rows", () => {
    let doc: WorkspaceDoc = { answers: {}, scores: {} };
    doc = applyRowOperation(doc, "actions", { op: "add" });
    doc = applyRowOperation(doc, "actions", { op: "add" });
    doc = { ...doc, answers: { actions: [{ name: "a" }, { name: "b" }] } };
    doc = applyRowOperation(doc, "actions", { op: "move", from: 1, to: 0 });
    expect(doc.answers.actions).toEqual([{ name: "b" }, { name: "a" }]);
    doc = applyRowOperation(doc, "actions", { op: "remove", index: 0 });
    expect(doc.answers.actions).toEqual([{ name: "a" }]);
  });
});
