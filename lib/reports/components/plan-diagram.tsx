/**
 * The workflow map as a vector swimlane (issue #17) from the same model the web draws
 * (lib/integration-plan/workflow-swimlane.ts): one lane per owner, one column per step,
 * arrows between consecutive steps. Boxes carry the step's number and as much of its text
 * as fits; the numbered list that follows is the full text (and the text alternative).
 */
import { G, Line, Polygon, Rect, Svg, Text } from "@react-pdf/renderer";
import { cellCenter, type WorkflowSwimlane } from "@/lib/integration-plan/workflow-swimlane";
import type { Block } from "../flow";
import { FONT_STACK } from "../fonts";
import { CONTENT_WIDTH } from "../styles";
import { INK, MUTED, PANEL, RULE, SEVERITY_COLOR, SUBTLE, WHITE, type ReportTheme } from "../theme";

const LANE_LABEL_WIDTH = 92;
const LANE_HEIGHT = 46;
const BOX_MARGIN = 4;
const LABEL_SIZE = 6.5;
/** Characters that fit a box line at LABEL_SIZE, per point of width (Noto Sans averages ~0.5 em). */
const CHARS_PER_PT = 1 / (LABEL_SIZE * 0.52);
/** Beyond this many steps a box only has room for its number. */
const MAX_COLUMNS_WITH_TEXT = 12;

function clip(text: string, chars: number): string {
  if (text.length <= chars) return text;
  return chars <= 1 ? "…" : `${text.slice(0, chars - 1).trimEnd()}…`;
}

/** The box's two text lines: the text cut to fit, split at a space where one falls. */
function boxLines(text: string | null, width: number): string[] {
  if (!text) return [];
  const chars = Math.max(1, Math.floor((width - 2 * BOX_MARGIN) * CHARS_PER_PT));
  if (text.length <= chars) return [text];
  const cut = text.lastIndexOf(" ", chars);
  const first = cut > chars / 2 ? text.slice(0, cut) : text.slice(0, chars);
  return [first, clip(text.slice(first.length).trimStart(), chars)];
}

export function swimlaneHeight(swimlane: WorkflowSwimlane): number {
  return swimlane.lanes.length * LANE_HEIGHT + 16;
}

function Swimlane({ swimlane, theme }: { swimlane: WorkflowSwimlane; theme: ReportTheme }) {
  const width = CONTENT_WIDTH;
  const cell = {
    width: (width - LANE_LABEL_WIDTH) / Math.max(1, swimlane.columns),
    height: LANE_HEIGHT,
    originX: LANE_LABEL_WIDTH,
  };
  const height = swimlane.lanes.length * LANE_HEIGHT;
  const boxWidth = cell.width - 2 * BOX_MARGIN;
  const boxHeight = LANE_HEIGHT - 2 * BOX_MARGIN;
  const withText = swimlane.columns <= MAX_COLUMNS_WITH_TEXT;
  return (
    <Svg width={width} height={height + 2} viewBox={`0 0 ${width} ${height + 2}`}>
      {swimlane.lanes.map((lane) => (
        <G key={`lane-${lane.index}`}>
          <Rect x={0} y={lane.index * LANE_HEIGHT} width={width} height={LANE_HEIGHT} fill={lane.index % 2 === 0 ? PANEL : WHITE} />
          <Line x1={0} y1={lane.index * LANE_HEIGHT} x2={width} y2={lane.index * LANE_HEIGHT} stroke={RULE} strokeWidth={0.75} />
          <Text x={4} y={lane.index * LANE_HEIGHT + 14} fill={INK} style={{ fontFamily: FONT_STACK, fontSize: 7, fontWeight: 700 }}>
            {clip(lane.label, 21)}
          </Text>
          <Text x={4} y={lane.index * LANE_HEIGHT + 24} fill={SUBTLE} style={{ fontFamily: FONT_STACK, fontSize: 6 }}>
            {clip(lane.systems.map((s) => s.label).join(", "), 26)}
          </Text>
        </G>
      ))}
      {swimlane.edges.map((edge) => {
        const from = cellCenter({ lane: edge.fromLane, column: edge.from }, cell);
        const to = cellCenter({ lane: edge.toLane, column: edge.to }, cell);
        const x1 = from.x + boxWidth / 2;
        const x2 = to.x - boxWidth / 2 - 1;
        const color = edge.handoff ? theme.accent : MUTED;
        return (
          <G key={`edge-${edge.from}`}>
            <Line x1={x1} y1={from.y} x2={x2} y2={to.y} stroke={color} strokeWidth={0.9} />
            <Polygon points={`${x2},${to.y} ${x2 - 3.5},${to.y - 2} ${x2 - 3.5},${to.y + 2}`} fill={color} />
          </G>
        );
      })}
      {swimlane.nodes.map((node) => {
        const center = cellCenter(node, cell);
        const x = center.x - boxWidth / 2;
        const y = center.y - boxHeight / 2;
        const fragile = node.manualWorkaround || node.reEnteredData;
        const lines = withText ? boxLines(node.text, boxWidth) : [];
        return (
          <G key={`node-${node.row}`}>
            <Rect
              x={x}
              y={y}
              width={boxWidth}
              height={boxHeight}
              rx={2}
              fill={WHITE}
              stroke={fragile ? SEVERITY_COLOR.warning.fg : theme.accent}
              strokeWidth={fragile ? 1.2 : 0.8}
              strokeDasharray={fragile ? "2,1.5" : undefined}
            />
            <Text x={x + BOX_MARGIN} y={y + 9} fill={theme.accentText} style={{ fontFamily: FONT_STACK, fontSize: 6.5, fontWeight: 700 }}>
              {`${node.step}${fragile ? " !" : ""}`}
            </Text>
            {lines.map((line, i) => (
              <Text key={line} x={x + BOX_MARGIN} y={y + 18 + i * 8} fill={INK} style={{ fontFamily: FONT_STACK, fontSize: LABEL_SIZE }}>
                {line}
              </Text>
            ))}
          </G>
        );
      })}
    </Svg>
  );
}

/** The diagram as one block (it never splits); empty when the map has no step. */
export function swimlaneBlock(swimlane: WorkflowSwimlane, theme: ReportTheme): Block[] {
  if (swimlane.nodes.length === 0) return [];
  return [
    { key: "plan:swimlane", height: swimlaneHeight(swimlane), node: <Swimlane key="plan:swimlane" swimlane={swimlane} theme={theme} /> },
  ];
}
