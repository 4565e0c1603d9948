/**
 * The workflow map as a swimlane picture (issue #17): a server-rendered SVG (no client
 * script), one lane per owner, one box per step, arrows between steps, handoffs in the accent
 * colour. It keeps its natural size and scrolls sideways inside a focusable region on a
 * phone; the same steps as sentences sit behind "Show as a list" for screen readers and
 * anyone who prefers text. Layout: lib/integration-plan (shared with the PDF).
 */
import { TextAlternative } from "@/components/dashboard/chart-card";
import { swimlaneGeometry, type Point } from "@/lib/integration-plan/swimlane-geometry";
import { swimlaneText } from "@/lib/integration-plan/workflow-text";
import { wrapLabel } from "@/lib/integration-plan/wrap-label";
import type { SwimlaneNode, WorkflowSwimlane as SwimlaneModel } from "@/lib/integration-plan/workflow-swimlane";

const SIZES = { labelWidth: 150, cellWidth: 184, cellHeight: 124, boxWidth: 156, boxHeight: 92 };
/** About this many characters of 12 px text fit a box's width (see wrapLabel). */
const LINE_CHARS = 22;
const LABEL_LINE_CHARS = 19;
const ARROW = 7;

/** The two marks: drawn in the box's corner and explained in the legend beside the picture. */
const MARKS = {
  manual: { letter: "M", text: "Manual workaround", fill: "var(--warning-soft)", stroke: "var(--warning)" },
  reEntered: { letter: "R", text: "Re-enters data", fill: "var(--danger-soft)", stroke: "var(--danger)" },
} as const;

function polyline(points: readonly Point[]): string {
  return points.map((point) => `${point.x},${point.y}`).join(" ");
}

/** A filled triangle at the last point, pointing right (every arrow ends going right). */
function arrowHead(points: readonly Point[]): string {
  const tip = points[points.length - 1] as Point;
  return `${tip.x},${tip.y} ${tip.x - ARROW},${tip.y - ARROW / 1.6} ${tip.x - ARROW},${tip.y + ARROW / 1.6}`;
}

function Mark({ kind, x, y }: { kind: keyof typeof MARKS; x: number; y: number }) {
  const mark = MARKS[kind];
  return (
    <g>
      <circle cx={x} cy={y} r={9} fill={mark.fill} stroke={mark.stroke} strokeWidth={1.5} />
      <text x={x} y={y + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill={mark.stroke}>
        {mark.letter}
      </text>
    </g>
  );
}

function StepBox({ node, box }: { node: SwimlaneNode; box: { x: number; y: number; width: number; height: number } }) {
  const lines = wrapLabel(node.text ?? "No description", LINE_CHARS, 3);
  const marks = [node.manualWorkaround ? ("manual" as const) : null, node.reEnteredData ? ("reEntered" as const) : null].filter(
    (mark) => mark !== null,
  );
  // The header gives way to the marks in the box's top right corner.
  const header = wrapLabel(
    `Step ${node.step}${node.systemLabel === null ? "" : ` · ${node.systemLabel}`}`,
    LINE_CHARS - 3 * marks.length,
    1,
  );
  return (
    <g>
      <title>{node.text ?? "No description"}</title>
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={8}
        fill="var(--surface)"
        stroke="var(--border)"
        strokeWidth={1.5}
      />
      <text x={box.x + 10} y={box.y + 18} fontSize={11} fill="var(--fg-muted)">
        {header[0]}
      </text>
      {lines.map((line, at) => (
        <text key={at} x={box.x + 10} y={box.y + 38 + at * 16} fontSize={12} fill="var(--fg)">
          {line}
        </text>
      ))}
      {marks.map((mark, at) => (
        <Mark key={mark} kind={mark} x={box.x + box.width - 12 - at * 22} y={box.y + 13} />
      ))}
    </g>
  );
}

export function WorkflowSwimlane({ model, id, title = "Workflow map" }: { model: SwimlaneModel; id: string; title?: string }) {
  const geometry = swimlaneGeometry(model, SIZES);
  const sentences = swimlaneText(model);
  const handoffs = model.edges.filter((edge) => edge.handoff).length;
  const marked = model.nodes.filter((node) => node.manualWorkaround || node.reEnteredData).length;
  const summary = `${model.nodes.length} step${model.nodes.length === 1 ? "" : "s"} across ${model.lanes.length} owner${
    model.lanes.length === 1 ? "" : "s"
  }, ${handoffs} handoff${handoffs === 1 ? "" : "s"}, ${marked} with manual work or re-entered data.`;
  return (
    <figure aria-labelledby={`${id}-caption`} className="space-y-3" data-testid="workflow-swimlane">
      <figcaption id={`${id}-caption`} className="text-sm text-fg-muted">
        {summary}
      </figcaption>
      <div role="region" aria-label={`${title}, scrolls sideways`} tabIndex={0} className="overflow-x-auto rounded-lg border border-border">
        <svg
          role="img"
          aria-label={`${title}: ${summary} The steps are listed under “Show as a list”.`}
          width={geometry.width}
          height={geometry.height}
          viewBox={`0 0 ${geometry.width} ${geometry.height}`}
          className="block max-w-none"
        >
          {model.lanes.map((lane) => {
            const band = geometry.lanes[lane.index];
            if (band === undefined) return null;
            const label = wrapLabel(lane.label, LABEL_LINE_CHARS, 3);
            const systems = lane.systems.map((system) => system.label).join(", ");
            return (
              <g key={lane.index}>
                <rect
                  x={band.x}
                  y={band.y}
                  width={band.width}
                  height={band.height}
                  fill={lane.index % 2 === 0 ? "var(--surface-muted)" : "var(--surface)"}
                />
                <line x1={SIZES.labelWidth} y1={band.y} x2={SIZES.labelWidth} y2={band.y + band.height} stroke="var(--border)" />
                {label.map((line, at) => (
                  <text
                    key={at}
                    x={10}
                    y={band.y + 22 + at * 16}
                    fontSize={12}
                    fontWeight={600}
                    fill="var(--fg)"
                    fontStyle={lane.unassigned ? "italic" : undefined}
                  >
                    {line}
                  </text>
                ))}
                {wrapLabel(systems, LABEL_LINE_CHARS, 2).map((line, at) => (
                  <text key={`s${at}`} x={10} y={band.y + 26 + label.length * 16 + at * 14} fontSize={11} fill="var(--fg-muted)">
                    {line}
                  </text>
                ))}
              </g>
            );
          })}
          {geometry.edges.map((edge, at) => {
            const color = edge.handoff ? "var(--accent)" : "var(--fg-muted)";
            return (
              <g key={at}>
                <polyline points={polyline(edge.points)} fill="none" stroke={color} strokeWidth={edge.handoff ? 2 : 1.5} />
                <polygon points={arrowHead(edge.points)} fill={color} />
              </g>
            );
          })}
          {model.nodes.map((node) => {
            const box = geometry.boxes[node.column];
            return box === undefined ? null : <StepBox key={node.column} node={node} box={box} />;
          })}
        </svg>
      </div>
      <ul aria-label="Legend" className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-fg-muted">
        <li className="inline-flex items-center gap-2">
          <span aria-hidden className="inline-block h-0.5 w-6 bg-accent" />
          Handoff to another owner
        </li>
        {Object.values(MARKS).map((mark) => (
          <li key={mark.letter} className="inline-flex items-center gap-2">
            <span
              aria-hidden
              className="inline-flex size-5 items-center justify-center rounded-full border-2 text-xs font-bold"
              style={{ background: mark.fill, borderColor: mark.stroke, color: mark.stroke }}
            >
              {mark.letter}
            </span>
            {mark.text}
          </li>
        ))}
      </ul>
      <TextAlternative summary="Show as a list">
        <ol className="space-y-1" aria-label={`${title} as a list`}>
          {sentences.map((sentence, at) => (
            <li key={at}>{sentence}</li>
          ))}
        </ol>
      </TextAlternative>
    </figure>
  );
}
