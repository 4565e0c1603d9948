/**
 * The seven readiness areas as a vector radar: rings 1–5, the blocking threshold 3
 * dashed, the current scores filled in the accent colour, and the previous snapshot's
 * scores as a grey outline when there is one. Unscored areas sit at the centre.
 */
import { Circle, G, Line, Polygon, Svg, Text } from "@react-pdf/renderer";
import { AREAS, BLOCKING_SCORE_THRESHOLD, MAX_SCORE, MIN_SCORE, isBlockingScore, type JudgedDocument } from "@/lib/readiness";
import { FONT_STACK } from "../fonts";
import { radarLabel } from "../radar-labels";
import type { ReportTheme } from "../theme";
import { INK, MUTED, RULE, SEVERITY_COLOR, SUBTLE } from "../theme";

export const RADAR_WIDTH = 270;
export const RADAR_HEIGHT = 206;
const CX = RADAR_WIDTH / 2;
const CY = 104;
const RADIUS = 72;
const LABEL_SIZE = 7.2;
const LABEL_LINE = 8.5;

function point(axis: number, value: number): [number, number] {
  const angle = -Math.PI / 2 + (axis * 2 * Math.PI) / AREAS.length;
  const r = (RADIUS * value) / MAX_SCORE;
  // Rounded so the PDF bytes do not depend on floating-point noise.
  return [Math.round((CX + r * Math.cos(angle)) * 100) / 100, Math.round((CY + r * Math.sin(angle)) * 100) / 100];
}

const points = (values: readonly number[]) => values.map((value, axis) => point(axis, value).join(",")).join(" ");

function scoresOf(document: JudgedDocument): number[] {
  return AREAS.map((area) => document.scores?.[area.key]?.score ?? 0);
}

export function Radar({ document, previous, theme }: { document: JudgedDocument; previous: JudgedDocument | null; theme: ReportTheme }) {
  const current = scoresOf(document);
  const levels = Array.from({ length: MAX_SCORE - MIN_SCORE + 1 }, (_, i) => MIN_SCORE + i);
  return (
    <Svg width={RADAR_WIDTH} height={RADAR_HEIGHT} viewBox={`0 0 ${RADAR_WIDTH} ${RADAR_HEIGHT}`}>
      {levels.map((level) =>
        level === BLOCKING_SCORE_THRESHOLD ? null : (
          <Polygon key={level} points={points(AREAS.map(() => level))} fill="none" stroke={RULE} strokeWidth={0.75} />
        ),
      )}
      {AREAS.map((area, axis) => {
        const [x, y] = point(axis, MAX_SCORE);
        return <Line key={area.key} x1={CX} y1={CY} x2={x} y2={y} stroke={RULE} strokeWidth={0.75} />;
      })}
      <Polygon
        points={points(AREAS.map(() => BLOCKING_SCORE_THRESHOLD))}
        fill="none"
        stroke={SEVERITY_COLOR.blocker.fg}
        strokeWidth={1}
        strokeDasharray="3,2"
      />
      {previous ? (
        <Polygon points={points(scoresOf(previous))} fill="none" stroke={SUBTLE} strokeWidth={1} strokeDasharray="1.5,1.5" />
      ) : null}
      <Polygon
        points={points(current)}
        fill={theme.accent}
        fillOpacity={0.18}
        stroke={theme.accent}
        strokeWidth={1.6}
        strokeLinejoin="round"
      />
      {current.map((score, axis) => {
        const [x, y] = point(axis, score);
        const below = score > 0 && isBlockingScore(score);
        return <Circle key={AREAS[axis]!.key} cx={x} cy={y} r={2.4} fill={below ? SEVERITY_COLOR.blocker.fg : theme.accent} />;
      })}
      {AREAS.map((area, axis) => {
        const [px, y] = point(axis, MAX_SCORE + 0.6);
        const dx = px - CX;
        const anchor = Math.abs(dx) < 4 ? "middle" : dx > 0 ? "start" : "end";
        const { lines, x } = radarLabel(area.label, px, anchor, RADAR_WIDTH, LABEL_SIZE);
        const score = current[axis]!;
        // Labels above the chart grow upwards, the rest downwards, so none crosses a ring.
        const top = y < CY - 10 ? y - (lines.length - 1) * LABEL_LINE - 2 : y + 2;
        return (
          <G key={area.key}>
            {lines.map((line, i) => (
              <Text
                key={line}
                x={x}
                y={top + i * LABEL_LINE}
                textAnchor={anchor}
                fill={INK}
                style={{ fontFamily: FONT_STACK, fontSize: LABEL_SIZE }}
              >
                {line}
              </Text>
            ))}
            <Text
              x={x}
              y={top + lines.length * LABEL_LINE}
              textAnchor={anchor}
              fill={score > 0 && isBlockingScore(score) ? SEVERITY_COLOR.blocker.fg : MUTED}
              style={{ fontFamily: FONT_STACK, fontSize: LABEL_SIZE, fontWeight: 700 }}
            >
              {score > 0 ? `${score} / ${MAX_SCORE}` : "not scored"}
            </Text>
          </G>
        );
      })}
    </Svg>
  );
}
