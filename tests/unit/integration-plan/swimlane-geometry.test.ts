import { describe, expect, it } from "vitest";
import { swimlaneGeometry } from "@/lib/integration-plan/swimlane-geometry";
import { workflowSwimlane } from "@/lib/integration-plan/workflow-swimlane";

const SIZES = { labelWidth: 100, cellWidth: 200, cellHeight: 120, boxWidth: 160, boxHeight: 80 };

describe("swimlaneGeometry", () => {
  const model = workflowSwimlane([
    { step: "Lead arrives", owner: "Marketing" },
    { step: "Score it", owner: "Marketing" },
    { step: "Call the lead", owner: "Sales" },
  ]);
  const geometry = swimlaneGeometry(model, SIZES);

  it("sizes the drawing to the label column plus the grid", () => {
    expect([geometry.width, geometry.height]).toEqual([700, 240]);
    expect(geometry.lanes).toEqual([
      { x: 0, y: 0, width: 700, height: 120 },
      { x: 0, y: 120, width: 700, height: 120 },
    ]);
  });

  it("centres each box in its cell", () => {
    expect(geometry.boxes).toEqual([
      { x: 120, y: 20, width: 160, height: 80 },
      { x: 320, y: 20, width: 160, height: 80 },
      { x: 520, y: 140, width: 160, height: 80 },
    ]);
  });

  it("draws a straight arrow within a lane and an elbow across lanes", () => {
    expect(geometry.edges).toEqual([
      {
        points: [
          { x: 280, y: 60 },
          { x: 320, y: 60 },
        ],
        handoff: false,
      },
      {
        points: [
          { x: 480, y: 60 },
          { x: 500, y: 60 },
          { x: 500, y: 180 },
          { x: 520, y: 180 },
        ],
        handoff: true,
      },
    ]);
  });

  it("draws nothing for an empty map", () => {
    expect(swimlaneGeometry(workflowSwimlane([]), SIZES)).toEqual({ width: 100, height: 0, lanes: [], boxes: [], edges: [] });
  });
});
