/**
 * The workflow map as a swimlane diagram (issue #17): one lane per owner, one column per
 * step, an arrow from each step to the next. The web (SVG) and the PDF draw this one model,
 * in grid units (lane, column), so they cannot disagree; `cellCenter` turns a cell into x/y.
 * Pure. Decisions: README-layout.md.
 */
import { ENUM_LABELS, rowHasValue, type Plan, type SystemKey, type WorkflowStep } from "@/lib/readiness";
import { oneLine, sectionRows } from "./layout-input";

export const UNASSIGNED_LANE_LABEL = "Unassigned";

export interface SwimlaneLane {
  index: number;
  /** The owner as first written (on one line); "Unassigned" for the lane of steps without one. */
  label: string;
  unassigned: boolean;
  /** The systems its steps happen in, in order of first appearance: the lane's sub-label. */
  systems: { key: SystemKey; label: string }[];
  steps: number;
}

export interface SwimlaneNode {
  /** 1-based number among the non-blank steps, as the text alternative says it ("Step 3"). */
  step: number;
  /** Index in the document's workflow map: findings target `plan.workflowMap.<row>`. */
  row: number;
  lane: number;
  /** Step order, 0-based: every step has a column of its own. */
  column: number;
  /** What happens, on one line; null when the step has no description. */
  text: string | null;
  /** The owner as written on this step (on one line), or null. */
  owner: string | null;
  system: SystemKey | null;
  systemLabel: string | null;
  handoffTo: string | null;
  manualWorkaround: boolean;
  reEnteredData: boolean;
}

/** An arrow from one step to the next; `from` and `to` are node indices (= columns). */
export interface SwimlaneEdge {
  from: number;
  to: number;
  fromLane: number;
  toLane: number;
  /** The work changes hands: the next step sits in another lane (owner). */
  handoff: boolean;
}

export interface WorkflowSwimlane {
  lanes: SwimlaneLane[];
  nodes: SwimlaneNode[];
  edges: SwimlaneEdge[];
  columns: number;
}

/** The workflow rows the diagram should draw: none when the section is declared not applicable. */
export function workflowStepsOf(plan: Plan | undefined): readonly WorkflowStep[] {
  return sectionRows(plan, "workflowMap");
}

/** Owners are one lane whatever their capitals (oneLine has already evened the spacing): "Billing clerk" = "billing  Clerk". */
function ownerKey(owner: string): string {
  return owner.toLowerCase();
}

/**
 * The diagram of `steps` (the workflow map as stored, blank rows included). Lanes follow
 * the first appearance of each owner; the "Unassigned" lane, when a step has no owner,
 * comes last.
 */
export function workflowSwimlane(steps: readonly WorkflowStep[]): WorkflowSwimlane {
  const owned: SwimlaneLane[] = [];
  const laneByOwner = new Map<string, SwimlaneLane>();
  const unassigned: SwimlaneLane = { index: -1, label: UNASSIGNED_LANE_LABEL, unassigned: true, systems: [], steps: 0 };
  const placed: { node: SwimlaneNode; lane: SwimlaneLane }[] = [];

  steps.forEach((row, index) => {
    if (!rowHasValue(row)) return;
    const owner = oneLine(row.owner);
    let lane = unassigned;
    if (owner !== null) {
      const key = ownerKey(owner);
      lane = laneByOwner.get(key) ?? { index: owned.length, label: owner, unassigned: false, systems: [], steps: 0 };
      if (!laneByOwner.has(key)) {
        laneByOwner.set(key, lane);
        owned.push(lane);
      }
    }
    lane.steps += 1;
    const systemLabel = row.system === undefined ? null : ENUM_LABELS.systems[row.system];
    if (row.system !== undefined && !lane.systems.some((system) => system.key === row.system)) {
      lane.systems.push({ key: row.system, label: ENUM_LABELS.systems[row.system] });
    }
    const column = placed.length;
    const node: SwimlaneNode = {
      step: column + 1,
      row: index,
      // Set below: the Unassigned lane's index is known once every owner has been seen.
      lane: -1,
      column,
      text: oneLine(row.step),
      owner,
      system: row.system ?? null,
      systemLabel,
      handoffTo: oneLine(row.handoffTo),
      manualWorkaround: row.manualWorkaround === true,
      reEnteredData: row.reentersData === true,
    };
    placed.push({ node, lane });
  });

  const lanes = unassigned.steps > 0 ? [...owned, { ...unassigned, index: owned.length }] : owned;
  const nodes = placed.map(({ node, lane }) => ({ ...node, lane: lane.unassigned ? owned.length : lane.index }));
  const edges = nodes.slice(1).map((node, at): SwimlaneEdge => {
    const previous = nodes[at] as SwimlaneNode;
    return { from: previous.column, to: node.column, fromLane: previous.lane, toLane: node.lane, handoff: previous.lane !== node.lane };
  });
  return { lanes, nodes, edges, columns: nodes.length };
}

/** Size of one grid cell in the drawing's units (px, pt), and where the grid's top left sits. */
export interface CellSize {
  width: number;
  height: number;
  originX?: number;
  originY?: number;
}

/** The centre of a cell: columns run left to right, lanes top to bottom. */
export function cellCenter(at: { lane: number; column: number }, cell: CellSize): { x: number; y: number } {
  return {
    x: (cell.originX ?? 0) + (at.column + 0.5) * cell.width,
    y: (cell.originY ?? 0) + (at.lane + 0.5) * cell.height,
  };
}

/** The grid's width and height, without the origin offset. */
export function gridSize(swimlane: Pick<WorkflowSwimlane, "lanes" | "columns">, cell: CellSize): { width: number; height: number } {
  return { width: swimlane.columns * cell.width, height: swimlane.lanes.length * cell.height };
}
