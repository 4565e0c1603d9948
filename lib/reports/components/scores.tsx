/**
 * The seven area scores with the rubric level each score stands for and the scorer's
 * justification. Scores below 3 are launch blockers whatever the index says.
 */
import { Text, View } from "@react-pdf/renderer";
import {
  AREAS,
  BLOCKING_SCORE_THRESHOLD,
  MAX_SCORE,
  MIN_SCORE,
  isBlockingScore,
  questionByKey,
  type AreaDefinition,
  type ScoreLevel,
} from "@/lib/readiness";
import { textHeight, type Block } from "../flow";
import { EMPTY, formatIndex, text } from "../format";
import type { ReportModel } from "../model";
import { CONTENT_WIDTH, styles } from "../styles";
import { INK, MUTED, RULE, SEVERITY_COLOR, SUBTLE, type ReportTheme } from "../theme";
import { sectionTitleBlock, textBlock } from "./frame";
import { ScorePips } from "./summary";
import { FlagMark } from "./table";

const AREA_WIDTH = 128;
const SCORE_WIDTH = 62;
const TEXT_WIDTH = CONTENT_WIDTH - 2.5 - AREA_WIDTH - SCORE_WIDTH - 10;

function Header({ theme }: { theme: ReportTheme }) {
  return (
    <View
      style={[
        styles.tableHeader,
        { backgroundColor: theme.accentTint, borderBottomColor: theme.accent, borderTopWidth: 0.75, borderTopColor: theme.accent },
      ]}
    >
      <View style={{ width: 2.5 }} />
      <Text style={[styles.th, { width: AREA_WIDTH }]}>Area</Text>
      <Text style={[styles.th, { width: SCORE_WIDTH }]}>Score</Text>
      <Text style={[styles.th, { flex: 1 }]}>Rubric level and justification</Text>
    </View>
  );
}

function ScoreRow({ area, model }: { area: AreaDefinition; model: ReportModel }) {
  const entry = model.input.document.scores?.[area.key];
  const score = entry?.score ?? null;
  const blocking = isBlockingScore(score);
  const covers =
    area.questions.length === 0 ? "No question in v1" : `Covers ${area.questions.map((key) => questionByKey(key).number).join(", ")}`;
  const note = text(entry?.note);
  return (
    <View style={[styles.tr, { paddingLeft: 2.5 }]}>
      <FlagMark severity={model.flags.get(`scores.${area.key}`)} />
      <View style={{ width: AREA_WIDTH, padding: 5 }}>
        <Text style={{ fontSize: 9, lineHeight: 1.45, fontWeight: 600 }}>{area.label}</Text>
        <Text style={{ fontSize: 7.5, lineHeight: 1.45, color: SUBTLE }}>{covers}</Text>
      </View>
      <View style={{ width: SCORE_WIDTH, padding: 5 }}>
        <Text style={{ fontSize: 13, fontWeight: 700, lineHeight: 1.1, color: blocking ? SEVERITY_COLOR.blocker.fg : INK }}>
          {score === null ? EMPTY : `${score}`}
          <Text style={{ fontSize: 8, fontWeight: 400, color: MUTED }}>{score === null ? "" : ` / ${MAX_SCORE}`}</Text>
        </Text>
        <View style={{ marginTop: 3 }}>
          <ScorePips score={score} theme={model.theme} />
        </View>
      </View>
      <View style={{ flex: 1, padding: 5 }}>
        {score === null ? (
          <Text style={styles.placeholder}>Not scored yet.</Text>
        ) : (
          <Text style={{ fontSize: 9, lineHeight: 1.45 }}>
            <Text style={{ fontWeight: 600 }}>{`Level ${score}: `}</Text>
            {area.rubric[score as ScoreLevel]}
          </Text>
        )}
        <View style={{ borderTopWidth: 0.5, borderTopColor: RULE, marginTop: 4, paddingTop: 3 }}>
          <Text style={{ fontSize: 8.5, lineHeight: 1.45, color: note === EMPTY ? SUBTLE : INK }}>
            <Text style={{ fontWeight: 600, color: MUTED }}>Justification: </Text>
            {note === EMPTY ? "none given" : note}
          </Text>
        </View>
        {blocking ? (
          <Text
            style={{ fontSize: 7.5, lineHeight: 1.45, color: SEVERITY_COLOR.blocker.fg, marginTop: 3, fontWeight: 600 }}
          >{`Below ${BLOCKING_SCORE_THRESHOLD}: this area blocks the launch.`}</Text>
        ) : null}
      </View>
    </View>
  );
}

function rowHeight(area: AreaDefinition, model: ReportModel): number {
  const entry = model.input.document.scores?.[area.key];
  const rubric = entry ? `Level ${entry.score}: ${area.rubric[entry.score as ScoreLevel]}` : "Not scored yet.";
  const right =
    textHeight(rubric, TEXT_WIDTH, { fontSize: 9, lineHeight: 1.45 }) +
    7 +
    textHeight(`Justification: ${text(entry?.note)}`, TEXT_WIDTH, { fontSize: 8.5, lineHeight: 1.45 }) +
    (isBlockingScore(entry?.score) ? 3 + 7.5 * 1.45 : 0);
  const left = textHeight(area.label, AREA_WIDTH - 10, { fontSize: 9, lineHeight: 1.45, bold: true }) + 7.5 * 1.45;
  return Math.max(left, right, 13 * 1.1 + 10) + 10.5;
}

export function scoresSection(model: ReportModel): Block[] {
  const continuation = { node: <Header key="scores:continued" theme={model.theme} />, height: 7 * 1.25 + 10 };
  return [
    sectionTitleBlock(model, "Scores", "The seven readiness areas"),
    textBlock(
      "scores:lead",
      `Each area is scored from ${MIN_SCORE} (not ready) to ${MAX_SCORE} (fully ready) against the rubric below. Readiness index: ${formatIndex(model.index, model.percent)}. Any area scored below ${BLOCKING_SCORE_THRESHOLD} blocks the launch.`,
      { fontSize: 10.5, lineHeight: 1.5, color: INK, marginBottom: 10 },
    ),
    { key: "scores:header", height: continuation.height, keepWithNext: true, node: <Header key="scores:header" theme={model.theme} /> },
    ...AREAS.map((area) => ({
      key: `score:${area.key}`,
      height: rowHeight(area, model),
      continuation,
      node: <ScoreRow key={`score:${area.key}`} area={area} model={model} />,
    })),
  ];
}
