/**
 * The swimlane model in drawing units: where each step's box sits and the polyline of each
 * arrow, for a given cell and box size. The web's SVG and the PDF draw these same numbers;
 * only the units (px, pt) differ. Pure.
 */
import { cellCenter, gridSize, type WorkflowSwimlane } from "./workflow-swimlane";

export interface SwimlaneSizes {
  /** Width of the lane-label column on the left. */
  labelWidth: number;
  cellWidth: number;
  cellHeight: number;
  boxWidth: number;
  boxHeight: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface SwimlaneGeometry {
  width: number;
  height: number;
  /** One band per lane, full width, label column included. */
  lanes: Box[];
  /** One box per node, in node order. */
  boxes: Box[];
  /** One polyline per edge, from the right side of a box to the left side of the next; the last point is the arrow's tip. */
  edges: { points: Point[]; handoff: boolean }[];
}

/**
 * Boxes centred in their cells; an arrow within a lane is straight, a handoff runs right to
 * the middle of the gap between the columns, then up or down to the next lane, then right.
 */
export function swimlaneGeometry(
  model: Pick<WorkflowSwimlane, "lanes" | "nodes" | "edges" | "columns">,
  sizes: SwimlaneSizes,
): SwimlaneGeometry {
  const cell = { width: sizes.cellWidth, height: sizes.cellHeight, originX: sizes.labelWidth, originY: 0 };
  const grid = gridSize(model, cell);
  const width = sizes.labelWidth + grid.width;
  const boxes = model.nodes.map((node): Box => {
    const centre = cellCenter(node, cell);
    return { x: centre.x - sizes.boxWidth / 2, y: centre.y - sizes.boxHeight / 2, width: sizes.boxWidth, height: sizes.boxHeight };
  });
  const edges = model.edges.flatMap((edge) => {
    const from = boxes[edge.from];
    const to = boxes[edge.to];
    if (from === undefined || to === undefined) return [];
    const start = { x: from.x + from.width, y: from.y + from.height / 2 };
    const end = { x: to.x, y: to.y + to.height / 2 };
    if (start.y === end.y) return [{ points: [start, end], handoff: edge.handoff }];
    const bend = (start.x + end.x) / 2;
    return [{ points: [start, { x: bend, y: start.y }, { x: bend, y: end.y }, end], handoff: edge.handoff }];
  });
  const lanes = model.lanes.map((lane): Box => ({ x: 0, y: lane.index * sizes.cellHeight, width, height: sizes.cellHeight }));
  return { width, height: grid.height, lanes, boxes, edges };
}
