/**
 * Appendix: where the report comes from (ruleset, source, dates) and what changed since
 * the previous snapshot — verdict, index, scores moved, answers edited, findings that
 * appeared or were resolved — and the articles its findings cite.
 */
import { Text, View } from "@react-pdf/renderer";
import { ENUM_LABELS, referencesOfFindings } from "@/lib/readiness";
import { textHeight, type Block } from "../flow";
import { EMPTY, formatDate, formatDateTime, plural } from "../format";
import type { ChangeSummary, LocatedFinding, ReportModel } from "../model";
import { CONTENT_WIDTH } from "../styles";
import { INK, MUTED, SEVERITY_COLOR, SUBTLE } from "../theme";
import { sectionTitleBlock, textBlock } from "./frame";
import { keyValueBlocks, type Pair } from "./key-value";

/** Long change lists are cut: the appendix summarises, the findings section is complete. */
const LIST_LIMIT = 12;
const BODY = { fontSize: 9.5, lineHeight: 1.45, color: INK };
const H2 = { fontSize: 13, fontWeight: 700, lineHeight: 1.3, marginTop: 16, marginBottom: 6, color: INK };

function provenance(model: ReportModel): Pair[] {
  const { input } = model;
  const source = input.source;
  const rows: Pair[] = [
    { label: "Ruleset version", value: input.evaluation.rulesetVersion },
    { label: "Evaluation format", value: input.evaluation.format },
  ];
  if (source.kind === "snapshot") {
    rows.push(
      { label: "Source", value: "Snapshot (immutable copy taken on submission)" },
      { label: "Snapshot id", value: source.id },
      { label: "Snapshot taken", value: formatDateTime(source.createdAt, model.dateFormat) },
      { label: "Submitted by", value: source.submittedBy?.trim() || EMPTY },
    );
  } else {
    rows.push(
      { label: "Source", value: "Working draft (not yet submitted)" },
      { label: "Draft revision", value: String(source.revision) },
      { label: "Exported", value: formatDateTime(input.generatedAt, model.dateFormat) },
    );
  }
  rows.push({ label: "Prepared by", value: input.preparedBy.trim() || EMPTY });
  return rows;
}

function signed(n: number): string {
  return `${n > 0 ? "+" : n < 0 ? "−" : "±"}${Math.abs(n).toFixed(2)}`;
}

function findingListBlocks(key: string, title: string, findings: readonly LocatedFinding[], color: string, more: string): Block[] {
  if (findings.length === 0) return [];
  const shown = findings.slice(0, LIST_LIMIT);
  const blocks: Block[] = [
    textBlock(
      `${key}:title`,
      `${title} (${findings.length})`,
      { fontSize: 10.5, lineHeight: 1.3, fontWeight: 600, color, marginTop: 10, marginBottom: 4 },
      true,
    ),
  ];
  shown.forEach((finding, index) => {
    const line = `${finding.message}  (${finding.where})`;
    blocks.push({
      key: `${key}:${index}`,
      height: textHeight(line, CONTENT_WIDTH - 52, { fontSize: 8.5, lineHeight: 1.45 }) + 3,
      node: (
        <View key={`${key}:${index}`} style={{ flexDirection: "row", marginBottom: 3 }}>
          <Text style={{ width: 52, fontSize: 7.5, lineHeight: 1.45, fontWeight: 600, color: SEVERITY_COLOR[finding.severity].fg }}>
            {ENUM_LABELS.severity[finding.severity]}
          </Text>
          <Text style={{ flex: 1, fontSize: 8.5, lineHeight: 1.45 }}>
            {finding.message}
            <Text style={{ color: SUBTLE }}>{`  (${finding.where})`}</Text>
          </Text>
        </View>
      ),
    });
  });
  if (findings.length > shown.length)
    blocks.push(
      textBlock(`${key}:more`, `…and ${findings.length - shown.length} more${more}.`, { fontSize: 8, lineHeight: 1.45, color: MUTED }),
    );
  return blocks;
}

function changeBlocks(changes: ChangeSummary, model: ReportModel): Block[] {
  const { verdict, index } = changes;
  const indexLine =
    index.before === null || index.after === null
      ? `${index.before?.toFixed(2) ?? "not scored"} → ${index.after?.toFixed(2) ?? "not scored"}`
      : `${index.before.toFixed(2)} → ${index.after.toFixed(2)} (${signed(index.after - index.before)})`;
  const same = changes.resolved.length === 0 && changes.appeared.length === 0;
  return [
    textBlock("changes:since", `Compared with the snapshot of ${formatDateTime(changes.previousDate, model.dateFormat)}.`, {
      ...BODY,
      marginBottom: 4,
    }),
    ...keyValueBlocks("changes", [
      {
        label: "Verdict",
        value:
          verdict.before === verdict.after
            ? `${ENUM_LABELS.verdict[verdict.after]} (unchanged)`
            : `${ENUM_LABELS.verdict[verdict.before]} → ${ENUM_LABELS.verdict[verdict.after]}`,
      },
      { label: "Readiness index", value: indexLine },
      {
        label: "Scores moved",
        value:
          changes.scores.length === 0
            ? "None"
            : changes.scores.map((move) => `${move.area.label}: ${move.before ?? "not scored"} → ${move.after ?? "not scored"}`).join("\n"),
      },
      {
        label: `Answers changed (${plural(changes.answerFields, "field")})`,
        value: changes.answers.length === 0 ? "None" : changes.answers.join("\n"),
      },
    ]),
    ...findingListBlocks("resolved", "Findings resolved since then", changes.resolved, SEVERITY_COLOR.info.fg, ""),
    ...findingListBlocks(
      "appeared",
      "New findings since then",
      changes.appeared,
      SEVERITY_COLOR.blocker.fg,
      " (every current finding is in the Findings section)",
    ),
    ...(same ? [textBlock("changes:same", "The findings are the same as in the previous snapshot.", { ...BODY, color: MUTED })] : []),
    textBlock(
      "changes:summary",
      `Summary: ${plural(changes.resolved.length, "finding")} resolved, ${plural(changes.appeared.length, "new finding")}, ${plural(changes.scores.length, "score")} moved, ${plural(changes.answerFields, "answer field")} edited; ruleset ${model.input.evaluation.rulesetVersion}.`,
      { fontSize: 8, lineHeight: 1.45, color: MUTED, marginTop: 6 },
    ),
  ];
}

/** C: title and author or publisher of each article a finding cites, with the sections cited. */
function referenceBlocks(model: ReportModel): Block[] {
  const { evaluation } = model.input;
  const references = referencesOfFindings(evaluation.rulesetVersion, evaluation.findings);
  if (references.length === 0)
    return [textBlock("references:none", "No finding cites a source: there are no findings.", { ...BODY, color: MUTED })];
  return references.map((reference) =>
    textBlock(
      `references:${reference.id}`,
      `${reference.title}${reference.titleIsDescriptive ? " (our description; the article prints no title)" : ""}${reference.byline === null ? "" : `, ${reference.byline}`}. Sections cited: ${reference.sections.join("; ")}.`,
      { ...BODY, marginBottom: 4 },
    ),
  );
}

export function appendixSection(model: ReportModel): Block[] {
  const { input } = model;
  const noPrevious =
    input.source.kind === "snapshot"
      ? "This is the first snapshot of the assessment: there is no earlier snapshot to compare with."
      : "No snapshot has been taken yet: there is nothing to compare with.";
  return [
    sectionTitleBlock(model, "Appendix", "Provenance, change history and references"),
    textBlock("appendix:a", "A. Report provenance", { ...H2, marginTop: 0 }, true),
    textBlock(
      "appendix:a:text",
      input.source.kind === "snapshot"
        ? "This report is rendered only from the snapshot: its stored answers, scores and evaluation, judged by the ruleset version recorded with it. Re-rendering it later gives the same content."
        : "This report shows the working draft as it stood when exported. It becomes reproducible once the assessment is submitted as a snapshot.",
      { ...BODY, color: MUTED, marginBottom: 6 },
    ),
    ...keyValueBlocks("provenance", provenance(model)),
    textBlock("appendix:b", "B. Changes since the previous snapshot", H2, true),
    ...(model.changes ? changeBlocks(model.changes, model) : [textBlock("changes:none", noPrevious, { ...BODY, color: MUTED })]),
    textBlock("appendix:c", "C. References", H2, true),
    ...referenceBlocks(model),
    textBlock("appendix:asof", `Assessment as of ${formatDate(model.asOf, model.dateFormat)}.`, {
      fontSize: 8,
      lineHeight: 1.45,
      color: MUTED,
      marginTop: 10,
    }),
  ];
}
