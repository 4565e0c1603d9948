import { describe, expect, it } from "vitest";
import type { AssessmentDocument } from "@/lib/readiness";
import { readAnswer, readScores } from "@/lib/workspace/read-model";

const LONG = "A web form submission creates a lead in the CRM; ".repeat(6).trim();
const document: AssessmentDocument = {
  format: "preflight.assessment/v1",
  answers: {
    workflow: { name: "Enrich inbound leads", startEvent: LONG, outcome: { metric: "Minutes to first touch" } },
    actions: [{ name: "Update lead score", kind: "update", customerFacing: false }, {}, { name: "Draft email", approval: "guardrails" }],
  },
  scores: { securityControls: { score: 2, note: "Shared credentials" } },
};

describe("read mode", () => {
  it("a form question reads field by field in the framework's order, long text whole", () => {
    const answer = readAnswer(document, "workflow");
    if (answer.shape !== "form") throw new Error("expected a form");
    expect(answer.fields.map((field) => field.label)).toEqual([
      "Workflow",
      "Start event",
      "End state",
      "Business owner",
      "Measurable outcome · Metric",
      "Measurable outcome · Baseline",
      "Measurable outcome · Target",
    ]);
    expect(answer.fields[1]).toEqual({ path: "answers.workflow.startEvent", label: "Start event", value: LONG });
    expect(answer.fields[2]!.value).toBeNull();
  });

  it("rows read as cards with values in words; blank rows are left out but keep their numbers", () => {
    const answer = readAnswer(document, "actions");
    if (answer.shape !== "rows") throw new Error("expected rows");
    expect(answer.rows.map((row) => row.title)).toEqual(["Action 1", "Action 3"]);
    const first = answer.rows[0]!;
    expect(first.fields.find((field) => field.label === "Kind")?.value).toBe("Update");
    expect(first.fields.find((field) => field.label === "Customer-facing")?.value).toBe("No");
    expect(answer.rows[1]!.fields.find((field) => field.label === "Approval level")).toEqual({
      path: "answers.actions.2.approval",
      label: "Approval level",
      value: "Execute with guardrails",
    });
  });

  it("scores read with the rubric line of their level and the justification", () => {
    const security = readScores(document).find((score) => score.path === "scores.securityControls");
    expect(security?.score).toBe(2);
    expect(security?.meaning).toMatch(/^Sources listed/);
    expect(security?.note).toBe("Shared credentials");
    expect(readScores(document).filter((score) => score.score === null)).toHaveLength(6);
  });
});
