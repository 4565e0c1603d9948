/**
 * Executive summary: verdict, readiness index, counts, the radar, scores at a glance and
 * the three most important actions — one page an executive can read on its own.
 */
import { Text, View } from "@react-pdf/renderer";
import { AREAS, BLOCKING_SCORE_THRESHOLD, MAX_SCORE, isBlockingScore } from "@/lib/readiness";
import { textHeight } from "../flow";
import { formatIndex, plural } from "../format";
import type { LocatedFinding, ReportModel } from "../model";
import { CONTENT_WIDTH, PAGE, styles } from "../styles";
import { INK, MUTED, PANEL, RULE, SEVERITY_COLOR, SUBTLE, VERDICT_COLOR, type ReportTheme } from "../theme";
import { SectionTitle } from "./frame";
import { Radar } from "./radar";
import { RemediationSummaryLine } from "./remediation";

function Tile({ label, value, detail, color }: { label: string; value: string; detail: string; color?: string }) {
  return (
    <View style={{ flex: 1, backgroundColor: PANEL, borderRadius: 3, paddingVertical: 8, paddingHorizontal: 10, marginLeft: 8 }}>
      <Text style={{ fontSize: 7, fontWeight: 600, color: SUBTLE }}>{label.toUpperCase()}</Text>
      <Text style={{ fontSize: 17, fontWeight: 700, color: color ?? INK, lineHeight: 1.25, marginTop: 2 }}>{value}</Text>
      <Text style={{ fontSize: 7.5, lineHeight: 1.35, color: MUTED }}>{detail}</Text>
    </View>
  );
}

/** Five pips, filled up to the score; red when the score blocks launch. */
export function ScorePips({ score, theme }: { score: number | null; theme: ReportTheme }) {
  const color = isBlockingScore(score) ? SEVERITY_COLOR.blocker.fg : theme.accent;
  return (
    <View style={{ flexDirection: "row" }}>
      {[1, 2, 3, 4, 5].map((pip) => (
        <View
          key={pip}
          style={{
            width: 7,
            height: 7,
            borderRadius: 3.5,
            marginRight: 2.5,
            backgroundColor: score !== null && pip <= score ? color : RULE,
          }}
        />
      ))}
    </View>
  );
}

function ScoreList({ model }: { model: ReportModel }) {
  return (
    <View style={{ flex: 1, paddingLeft: 14 }}>
      <Text style={[styles.h3, { marginTop: 4 }]}>Scores by area</Text>
      {AREAS.map((area) => {
        const score = model.input.document.scores?.[area.key]?.score ?? null;
        return (
          <View
            key={area.key}
            style={{ flexDirection: "row", alignItems: "center", paddingVertical: 4.5, borderBottomWidth: 0.5, borderBottomColor: RULE }}
          >
            <Text style={{ flex: 1, fontSize: 8.5 }}>{area.label}</Text>
            <ScorePips score={score} theme={model.theme} />
            <Text
              style={{
                width: 38,
                textAlign: "right",
                fontSize: 8.5,
                fontWeight: 600,
                color: isBlockingScore(score) ? SEVERITY_COLOR.blocker.fg : INK,
              }}
            >
              {score === null ? "—" : `${score} / ${MAX_SCORE}`}
            </Text>
          </View>
        );
      })}
      <View style={{ flexDirection: "row", alignItems: "center", marginTop: 8 }}>
        <View style={{ width: 12, height: 0, borderTopWidth: 1.6, borderTopColor: model.theme.accent, marginRight: 4 }} />
        <Text style={[styles.small, { marginRight: 10 }]}>Current</Text>
        <View
          style={{
            width: 12,
            height: 0,
            borderTopWidth: 1,
            borderTopColor: SEVERITY_COLOR.blocker.fg,
            borderStyle: "dashed",
            marginRight: 4,
          }}
        />
        <Text style={[styles.small, { marginRight: 10 }]}>Threshold {BLOCKING_SCORE_THRESHOLD}</Text>
        {model.input.previous ? (
          <>
            <View style={{ width: 12, height: 0, borderTopWidth: 1, borderTopColor: SUBTLE, borderStyle: "dotted", marginRight: 4 }} />
            <Text style={styles.small}>Previous snapshot</Text>
          </>
        ) : null}
      </View>
    </View>
  );
}

// Every text in a card inherits the content's line height in points (9.5 × 1.45).
const CARD_LINE = 9.5 * 1.45;
const CARD_TEXT_WIDTH = CONTENT_WIDTH - 30;

function concernsOf(finding: LocatedFinding): string {
  return [finding.where, finding.area?.label].filter(Boolean).join(" · ");
}

function cardMeta(finding: LocatedFinding): string {
  return `${finding.severity === "blocker" ? "Blocker" : "Warning"} · ${concernsOf(finding)}${finding.owner ? ` · Owner: ${finding.owner}` : ""}`;
}

/** Estimated height of an action card, its bottom margin included. */
export function actionCardHeight(finding: LocatedFinding): number {
  const lines = (text: string, fontSize: number, bold = false) =>
    textHeight(text, CARD_TEXT_WIDTH, { fontSize, lineHeight: CARD_LINE / fontSize, bold });
  return lines(finding.message, 9.5, true) + 2 + lines(finding.remediation, 9) + 3 + lines(cardMeta(finding), 7.5) + 10;
}

/**
 * Everything on the summary page above the action cards (title, tiles with a two-line
 * verdict, completeness line, radar, the actions heading), measured on the rendered page.
 */
const SUMMARY_FIXED = 416;
/** Text width in the verdict tile: 1.35 of 4.35 shares of the row, less paddings and gaps. */
const VERDICT_TILE_TEXT = ((CONTENT_WIDTH - 24) * 1.35) / 4.35 - 24;

/** Estimated height of the summary above its action cards. */
function summaryTop(model: ReportModel): number {
  const verdictLines = textHeight(model.verdictLine, VERDICT_TILE_TEXT, { fontSize: 7.5, lineHeight: 1 }) / 7.5;
  const line = (text: string | null) => (text ? textHeight(text, CONTENT_WIDTH, { fontSize: 8, lineHeight: 1.45 }) + 8 : 0);
  return SUMMARY_FIXED + Math.max(0, verdictLines - 2) * 7.5 * 1.35 + line(model.remediation?.summaryLine ?? null) + line(model.planLine);
}

/**
 * The top actions that fit on the summary's one page, at least one. A Letter page is 50 pt
 * shorter than A4, and a report whose names are long has long action cards: a summary that
 * ran onto a second page would cost the fast rendering path (render-part.ts).
 */
export function fittingActions(model: ReportModel): LocatedFinding[] {
  let room = model.page.height - PAGE.marginTop - PAGE.marginBottom - summaryTop(model);
  const shown: LocatedFinding[] = [];
  for (const finding of model.topActions) {
    room -= actionCardHeight(finding);
    if (shown.length > 0 && room < 0) break;
    shown.push(finding);
  }
  return shown;
}

export function ActionCard({ finding, rank, theme }: { finding: LocatedFinding; rank: number; theme: ReportTheme }) {
  const severity = SEVERITY_COLOR[finding.severity];
  const concerns = concernsOf(finding);
  return (
    <View wrap={false} style={{ flexDirection: "row", marginBottom: 10 }}>
      <View
        style={{
          width: 20,
          height: 20,
          borderRadius: 10,
          backgroundColor: theme.accent,
          alignItems: "center",
          justifyContent: "center",
          marginRight: 10,
        }}
      >
        <Text style={{ color: theme.onAccent, fontSize: 9, fontWeight: 700, lineHeight: 1 }}>{String(rank)}</Text>
      </View>
      <View style={{ flex: 1 }}>
        <Text style={{ fontSize: 9.5, fontWeight: 600 }}>{finding.message}</Text>
        <Text style={{ fontSize: 9, color: INK, marginTop: 2 }}>{finding.remediation}</Text>
        <Text style={{ fontSize: 7.5, color: MUTED, marginTop: 3 }}>
          <Text style={{ color: severity.fg, fontWeight: 600 }}>{finding.severity === "blocker" ? "Blocker" : "Warning"}</Text>
          {` · ${concerns}${finding.owner ? ` · Owner: ${finding.owner}` : ""}`}
        </Text>
      </View>
    </View>
  );
}

export function Summary({ model }: { model: ReportModel }) {
  const { theme, input, counts } = model;
  const verdictColor = VERDICT_COLOR[model.verdict];
  const { completeness } = input.evaluation;
  const actions = fittingActions(model);
  return (
    <View>
      <SectionTitle model={model} eyebrow="Executive summary" title="Where the integration stands" />
      <View style={{ flexDirection: "row", marginBottom: 16 }}>
        <View style={{ flex: 1.35, backgroundColor: verdictColor.bg, borderRadius: 3, paddingVertical: 8, paddingHorizontal: 12 }}>
          <Text style={{ fontSize: 7, fontWeight: 600, color: verdictColor.fg }}>VERDICT</Text>
          <Text style={{ fontSize: 17, fontWeight: 700, color: verdictColor.fg, lineHeight: 1.25, marginTop: 2 }}>
            {model.verdictLabel}
          </Text>
          <Text style={{ fontSize: 7.5, lineHeight: 1.35, color: INK }}>{model.verdictLine}</Text>
        </View>
        <Tile
          label="Readiness index"
          value={model.index === null ? "—" : model.index.toFixed(2)}
          detail={formatIndex(model.index, model.percent)}
        />
        <Tile
          label="Blockers"
          value={String(counts.blocker)}
          detail="must be fixed"
          color={counts.blocker > 0 ? SEVERITY_COLOR.blocker.fg : undefined}
        />
        <Tile
          label="Warnings"
          value={String(counts.warning)}
          detail={counts.info > 0 ? `should be fixed; plus ${plural(counts.info, "note")}` : "should be fixed"}
          color={counts.warning > 0 ? SEVERITY_COLOR.warning.fg : undefined}
        />
      </View>
      <Text style={[styles.small, { marginBottom: 8 }]}>
        {`${completeness.questionsAnswered} of ${completeness.questionsTotal} questions answered · ${completeness.areasScored} of ${completeness.areasTotal} areas scored · any area scored below 3 blocks launch, whatever the index.`}
      </Text>
      <RemediationSummaryLine model={model} />
      {model.planLine ? <Text style={[styles.small, { marginBottom: 8 }]}>{model.planLine}</Text> : null}
      <View style={{ flexDirection: "row", alignItems: "flex-start", marginBottom: 8 }} wrap={false}>
        <Radar document={input.document} previous={input.previous?.document ?? null} theme={theme} />
        <ScoreList model={model} />
      </View>
      <View minPresenceAhead={80}>
        <Text style={styles.h2}>
          {actions.length === 0
            ? "Most important actions"
            : `The ${actions.length === 1 ? "most important action" : `${actions.length} most important actions`}`}
        </Text>
      </View>
      {actions.length === 0 ? (
        <Text style={styles.muted}>No blocker or warning remains: nothing must be done before launch.</Text>
      ) : (
        actions.map((finding, index) => (
          <ActionCard key={`${finding.ruleId}|${finding.target}|${index}`} finding={finding} rank={index + 1} theme={theme} />
        ))
      )}
    </View>
  );
}
