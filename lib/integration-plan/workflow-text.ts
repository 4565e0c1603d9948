/**
 * The workflow map as an ordered list of sentences: the swimlane diagram's text
 * alternative for screen readers, and the list the PDF prints beside the picture. Read from
 * the same model as the drawing, so both tell the same story.
 */
import type { WorkflowStep } from "@/lib/readiness";
import { workflowSwimlane, type SwimlaneEdge, type SwimlaneLane, type SwimlaneNode, type WorkflowSwimlane } from "./workflow-swimlane";

/** What one sentence needs: the step, the arrow leaving it and the lane it leads to. */
interface StepContext {
  node: SwimlaneNode;
  lane: SwimlaneLane | undefined;
  edge: SwimlaneEdge | undefined;
  nextLane: SwimlaneLane | undefined;
}

/** Whom the work goes to next: the handoff the author wrote, else the next step's lane when it changes hands. */
function handoffPhrase({ node, edge, nextLane }: StepContext): string | null {
  if (node.handoffTo !== null) return `hands off to ${node.handoffTo}`;
  if (edge?.handoff !== true || nextLane === undefined) return null;
  return nextLane.unassigned ? "hands off to an unassigned step" : `hands off to ${nextLane.label}`;
}

/**
 * "Step 3 · Billing clerk in ERP: Re-key the invoice — hands off to Support lead; manual
 * workaround". The owner is named as its lane is labelled, so the text and the picture agree.
 */
function stepSentence(context: StepContext): string {
  const { node, lane } = context;
  const where = node.systemLabel === null ? "" : ` in ${node.systemLabel}`;
  const head = `Step ${node.step} · ${lane?.label ?? ""}${where}: ${node.text ?? "no description"}`;
  const tail = [
    handoffPhrase(context),
    node.manualWorkaround ? "manual workaround" : null,
    node.reEnteredData ? "re-enters data" : null,
  ].filter((part): part is string => part !== null);
  return tail.length === 0 ? head : `${head} — ${tail.join("; ")}`;
}

/** One sentence per step of a swimlane model, in step order. */
export function swimlaneText(swimlane: Pick<WorkflowSwimlane, "lanes" | "nodes" | "edges">): string[] {
  const { lanes, nodes, edges } = swimlane;
  return nodes.map((node, at) => {
    const edge = edges[at];
    return stepSentence({ node, lane: lanes[node.lane], edge, nextLane: edge === undefined ? undefined : lanes[edge.toLane] });
  });
}

/** One sentence per step of the workflow map as stored (blank rows left out), in step order. */
export function textAlternative(steps: readonly WorkflowStep[]): string[] {
  return swimlaneText(workflowSwimlane(steps));
}
