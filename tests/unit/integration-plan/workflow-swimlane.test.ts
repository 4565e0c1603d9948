import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SYSTEMS, type WorkflowStep } from "@/lib/readiness";
import { cellCenter, gridSize, workflowStepsOf, workflowSwimlane } from "@/lib/integration-plan/workflow-swimlane";
import { swimlaneText, textAlternative } from "@/lib/integration-plan/workflow-text";

const MAP: WorkflowStep[] = [
  { step: "Lead lands in the web form", owner: "Marketing ops", system: "marketing_automation", handoffTo: "Sales development" },
  { step: "Qualify the lead", owner: "Sales development", system: "crm", reentersData: true },
  {},
  { step: "Create the account", owner: " sales  DEVELOPMENT ", system: "erp", manualWorkaround: true },
  { step: "Open the onboarding ticket", system: "support_desk" },
  { step: "Welcome call", owner: "Customer success" },
];

describe("workflowSwimlane", () => {
  it("puts one lane per owner in first-appearance order, the unassigned lane last", () => {
    const { lanes } = workflowSwimlane(MAP);
    expect(lanes.map((lane) => [lane.index, lane.label, lane.unassigned, lane.steps])).toEqual([
      [0, "Marketing ops", false, 1],
      [1, "Sales development", false, 2],
      [2, "Customer success", false, 1],
      [3, "Unassigned", true, 1],
    ]);
    expect(lanes[1]?.systems).toEqual([
      { key: "crm", label: "CRM" },
      { key: "erp", label: "ERP" },
    ]);
    expect(lanes[2]?.systems).toEqual([]);
  });

  it("gives each non-blank step a column in order, its lane, its row and its flags", () => {
    const { nodes, columns } = workflowSwimlane(MAP);
    expect(columns).toBe(5);
    expect(nodes.map((node) => [node.step, node.row, node.lane, node.column])).toEqual([
      [1, 0, 0, 0],
      [2, 1, 1, 1],
      [3, 3, 1, 2],
      [4, 4, 3, 3],
      [5, 5, 2, 4],
    ]);
    expect(nodes[2]).toMatchObject({
      owner: "sales DEVELOPMENT",
      system: "erp",
      systemLabel: "ERP",
      manualWorkaround: true,
      reEnteredData: false,
    });
    expect(nodes[1]).toMatchObject({ manualWorkaround: false, reEnteredData: true, handoffTo: null });
    expect(nodes[3]).toMatchObject({ owner: null, text: "Open the onboarding ticket" });
  });

  it("links consecutive steps and marks a handoff only where the owner changes", () => {
    const { edges } = workflowSwimlane(MAP);
    expect(edges).toEqual([
      { from: 0, to: 1, fromLane: 0, toLane: 1, handoff: true },
      { from: 1, to: 2, fromLane: 1, toLane: 1, handoff: false },
      { from: 2, to: 3, fromLane: 1, toLane: 3, handoff: true },
      { from: 3, to: 4, fromLane: 3, toLane: 2, handoff: true },
    ]);
  });

  it("draws nothing for no steps, blank rows only, or a section declared not applicable", () => {
    expect(workflowSwimlane([])).toEqual({ lanes: [], nodes: [], edges: [], columns: 0 });
    expect(workflowSwimlane([{}, { step: " ", owner: "" }])).toEqual({ lanes: [], nodes: [], edges: [], columns: 0 });
    expect(workflowStepsOf({ workflowMap: MAP, notApplicable: { workflowMap: "No workflow yet" } })).toEqual([]);
    expect(workflowStepsOf({ workflowMap: MAP })).toBe(MAP);
  });

  it("keeps a step whose only value is a false flag (false is a value)", () => {
    const { nodes, lanes } = workflowSwimlane([{ manualWorkaround: false }]);
    expect(nodes).toHaveLength(1);
    expect(lanes.map((lane) => lane.label)).toEqual(["Unassigned"]);
  });

  it("stays correct with 200 steps", () => {
    const owners = ["Agent", "Lead", "Billing"];
    const steps = Array.from({ length: 200 }, (_, at): WorkflowStep => ({ step: `Step ${at}`, owner: owners[Math.floor(at / 2) % 3] }));
    const { lanes, nodes, edges } = workflowSwimlane(steps);
    expect(lanes.map((lane) => [lane.label, lane.steps])).toEqual([
      ["Agent", 68],
      ["Lead", 66],
      ["Billing", 66],
    ]);
    expect(nodes.map((node) => node.column)).toEqual(Array.from({ length: 200 }, (_, at) => at));
    expect(edges).toHaveLength(199);
    // Owners change every second step: 99 handoffs among 199 arrows.
    expect(edges.filter((edge) => edge.handoff)).toHaveLength(99);
  });

  it("converts grid cells to points", () => {
    const cell = { width: 120, height: 60, originX: 100, originY: 10 };
    expect(cellCenter({ lane: 0, column: 0 }, cell)).toEqual({ x: 160, y: 40 });
    expect(cellCenter({ lane: 2, column: 3 }, { width: 10, height: 20 })).toEqual({ x: 35, y: 50 });
    expect(gridSize(workflowSwimlane(MAP), cell)).toEqual({ width: 600, height: 240 });
  });
});

describe("textAlternative", () => {
  it("says every step in order with owner, system, handoff and flags", () => {
    expect(textAlternative(MAP)).toEqual([
      "Step 1 · Marketing ops in Marketing automation: Lead lands in the web form — hands off to Sales development",
      "Step 2 · Sales development in CRM: Qualify the lead — re-enters data",
      "Step 3 · Sales development in ERP: Create the account — hands off to an unassigned step; manual workaround",
      "Step 4 · Unassigned in Support desk: Open the onboarding ticket — hands off to Customer success",
      "Step 5 · Customer success: Welcome call",
    ]);
  });

  it("names a step without a description and an explicit handoff on the last step", () => {
    expect(
      textAlternative([{ owner: "Billing clerk", system: "erp", handoffTo: "Support lead", manualWorkaround: true, reentersData: true }]),
    ).toEqual(["Step 1 · Billing clerk in ERP: no description — hands off to Support lead; manual workaround; re-enters data"]);
  });

  it("reads the same from the model as from the steps", () => {
    expect(swimlaneText(workflowSwimlane(MAP))).toEqual(textAlternative(MAP));
  });
});

describe("workflowSwimlane: properties", () => {
  const text = fc.constantFrom(undefined, "", "  ", "Agent", "agent ", "Lead", "Billing clerk");
  const step = fc.record(
    {
      step: text,
      owner: text,
      system: fc.constantFrom(...SYSTEMS),
      manualWorkaround: fc.boolean(),
      reentersData: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  it("places every node in an existing lane, one per column, and marks handoffs exactly at lane changes", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const swimlane = workflowSwimlane(steps as WorkflowStep[]);
        const perLane = swimlane.lanes.map(() => 0);
        swimlane.nodes.forEach((node, at) => {
          expect(node.column).toBe(at);
          expect(swimlane.lanes[node.lane]?.index).toBe(node.lane);
          perLane[node.lane] = (perLane[node.lane] ?? 0) + 1;
        });
        expect(perLane).toEqual(swimlane.lanes.map((lane) => lane.steps));
        expect(perLane.every((count) => count > 0)).toBe(true);
        for (const edge of swimlane.edges) expect(edge.handoff).toBe(edge.fromLane !== edge.toLane);
        expect(swimlane.edges).toHaveLength(Math.max(0, swimlane.nodes.length - 1));
        expect(textAlternative(steps as WorkflowStep[])).toHaveLength(swimlane.nodes.length);
      }),
    );
  });
});
