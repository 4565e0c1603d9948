/**
 * Blockers, warnings and notes, grouped by rule: each rule once with its remediation and
 * the question or area it concerns, then every place it fires (engine order inside a
 * group; groups in the order of their first finding). A long list of similar findings —
 * ten unowned duties, a hundred unapproved actions — stays readable and short.
 */
import { Text, View } from "@react-pdf/renderer";
import { ENUM_LABELS, ruleTitle, type Severity } from "@/lib/readiness";
import { FINDINGS_PER_RULE_LIMIT, limitRows, omittedLine } from "../budget";
import { drawnLines, type DrawnTextStyle } from "../drawn-text";
import { textHeight, type Block } from "../flow";
import type { LocatedFinding, ReportModel } from "../model";
import { CONTENT_WIDTH, styles } from "../styles";
import { INK, MUTED, RULE, SEVERITY_COLOR, SUBTLE } from "../theme";
import { DRAWN_ROW_MAX_HEIGHT, DrawnRow, type PlacedCell } from "./drawn-row";
import { sectionTitleBlock } from "./frame";
import { omittedBlock } from "./table";

const INTRO: Record<Severity, string> = {
  blocker: "Each blocker stops the launch until it is resolved.",
  warning: "Warnings do not block the launch but should be resolved during rollout.",
  info: "Notes are good practice worth adopting; they do not affect the verdict.",
};

const HEADING: Record<Severity, string> = { blocker: "Blockers", warning: "Warnings", info: "Notes" };

interface RuleGroup {
  ruleId: string;
  severity: Severity;
  title: string;
  findings: LocatedFinding[];
  /** The remediation when every finding of the group shares it (the usual case). */
  remediation: string | null;
}

function groupsOf(findings: readonly LocatedFinding[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const finding of findings) {
    const group = groups.get(finding.ruleId);
    if (group) {
      group.findings.push(finding);
      if (group.remediation !== finding.remediation) group.remediation = null;
    } else {
      groups.set(finding.ruleId, {
        ruleId: finding.ruleId,
        severity: finding.severity,
        title: ruleTitle(finding.ruleId),
        findings: [finding],
        remediation: finding.remediation,
      });
    }
  }
  return [...groups.values()];
}

/** "Q5 — Which actions may the AI take without approval? · Security controls" when shared. */
function concerns(group: RuleGroup): string {
  const questions = [...new Set(group.findings.map((f) => f.question).filter((q) => q !== null))];
  const areas = [...new Set(group.findings.map((f) => f.area?.label).filter((a) => a !== undefined))];
  const question = questions.length === 1 ? `${questions[0]!.number} — ${questions[0]!.title}` : questions.map((q) => q.number).join(", ");
  return [question ? `Question: ${question}` : null, areas.length > 0 ? `Area: ${areas.join(", ")}` : null].filter(Boolean).join("  ·  ");
}

const WHERE_WIDTH = 112;
const MESSAGE_WIDTH = CONTENT_WIDTH - 12 - WHERE_WIDTH;

function GroupHeader({ group, continued }: { group: RuleGroup; continued?: boolean }) {
  const color = SEVERITY_COLOR[group.severity];
  return (
    <View style={{ marginTop: continued ? 0 : 8, paddingTop: 6, borderTopWidth: continued ? 0 : 0.75, borderTopColor: RULE }}>
      <View style={{ flexDirection: "row", alignItems: "center" }}>
        <Text style={[styles.pill, { color: color.fg, backgroundColor: color.bg }]}>
          {ENUM_LABELS.severity[group.severity].toUpperCase()}
        </Text>
        <Text style={{ flex: 1, fontSize: 10, lineHeight: 1.45, fontWeight: 700, marginLeft: 7 }}>
          {continued ? `${group.title} (continued)` : group.title}
        </Text>
        <Text
          style={{ fontSize: 7.5, lineHeight: 1.45, color: SUBTLE }}
        >{`${group.findings.length} ${group.findings.length === 1 ? "finding" : "findings"} · ${group.ruleId}`}</Text>
      </View>
      {continued ? null : (
        <>
          {group.remediation ? (
            <Text style={{ fontSize: 8.5, marginTop: 3, lineHeight: 1.4 }}>
              <Text style={{ fontWeight: 600, color: MUTED }}>Remediation: </Text>
              {group.remediation}
            </Text>
          ) : null}
          <Text style={{ fontSize: 7.5, lineHeight: 1.45, color: MUTED, marginTop: 2 }}>{concerns(group)}</Text>
        </>
      )}
      <View style={{ height: 4 }} />
    </View>
  );
}

function headerHeight(group: RuleGroup): number {
  return (
    8.75 +
    6 +
    10 * 1.45 +
    (group.remediation ? 3 + textHeight(`Remediation: ${group.remediation}`, CONTENT_WIDTH, { fontSize: 8.5, lineHeight: 1.4 }) : 0) +
    2 +
    textHeight(concerns(group), CONTENT_WIDTH, { fontSize: 7.5, lineHeight: 1.45 }) +
    4
  );
}

function itemText(finding: LocatedFinding, group: RuleGroup): string {
  return `${finding.message}${group.remediation ? "" : `\nRemediation: ${finding.remediation}`}`;
}

function Item({ finding, group, last }: { finding: LocatedFinding; group: RuleGroup; last: boolean }) {
  return (
    <View style={{ flexDirection: "row", paddingVertical: 3, marginBottom: last ? 6 : 0 }}>
      <View style={{ width: 2.5, backgroundColor: SEVERITY_COLOR[finding.severity].fg, marginRight: 9.5, borderRadius: 1 }} />
      <Text style={{ width: WHERE_WIDTH, fontSize: 8, fontWeight: 600, paddingRight: 8, lineHeight: 1.4 }}>{finding.where}</Text>
      <Text style={{ width: MESSAGE_WIDTH, fontSize: 8.5, lineHeight: 1.4, color: INK }}>
        {itemText(finding, group)}
        {finding.owner ? <Text style={{ color: SUBTLE, fontSize: 7.5 }}>{`   Owner: ${finding.owner}`}</Text> : null}
      </Text>
    </View>
  );
}

const WHERE: DrawnTextStyle = { fontSize: 8, lineHeight: 1.4, fontWeight: 600 };
const MESSAGE: DrawnTextStyle = { fontSize: 8.5, lineHeight: 1.4, fontWeight: 400 };
const OWNER: DrawnTextStyle = { fontSize: 7.5, lineHeight: 1.4, fontWeight: 400 };
const ITEM_PADDING_Y = 3;
const MESSAGE_LEFT = 12 + WHERE_WIDTH;

/** One place a rule fires, drawn (drawn-row.tsx): where, the message, and its owner on a line of its own. */
function itemBlock(key: string, finding: LocatedFinding, group: RuleGroup, last: boolean, continuation: Block["continuation"]): Block {
  const where = drawnLines(finding.where, WHERE_WIDTH - 8, WHERE);
  const message = drawnLines(itemText(finding, group), MESSAGE_WIDTH, MESSAGE);
  const owner = finding.owner ? drawnLines(`Owner: ${finding.owner}`, MESSAGE_WIDTH, OWNER) : [];
  const messageHeight = message.length * MESSAGE.fontSize * MESSAGE.lineHeight;
  const height =
    Math.max(where.length * WHERE.fontSize * WHERE.lineHeight, messageHeight + owner.length * OWNER.fontSize * OWNER.lineHeight) +
    2 * ITEM_PADDING_Y;
  const cells: PlacedCell[] = [
    { x: 12, y: ITEM_PADDING_Y, lines: where, style: WHERE, color: INK },
    { x: MESSAGE_LEFT, y: ITEM_PADDING_Y, lines: message, style: MESSAGE, color: INK },
    { x: MESSAGE_LEFT, y: ITEM_PADDING_Y + messageHeight, lines: owner, style: OWNER, color: SUBTLE },
  ];
  return {
    key,
    height: height + (last ? 6 : 0),
    continuation,
    node:
      height <= DRAWN_ROW_MAX_HEIGHT ? (
        <DrawnRow
          key={key}
          cells={cells}
          height={height}
          severity={finding.severity}
          marginBottom={last ? 6 : 0}
          rule={false}
          markInset={ITEM_PADDING_Y}
        />
      ) : (
        <Item key={key} finding={finding} group={group} last={last} />
      ),
  };
}

function groupBlocks(group: RuleGroup): Block[] {
  const key = `rule:${group.ruleId}`;
  const continuation = { node: <GroupHeader key={`${key}:continued`} group={group} continued />, height: 6 + 10 * 1.45 + 4 };
  const blocks: Block[] = [{ key, height: headerHeight(group), keepWithNext: true, node: <GroupHeader key={key} group={group} /> }];
  // The header counts every finding of the rule; the places listed stop at the budget (budget.ts).
  const { shown, omitted } = limitRows(group.findings, FINDINGS_PER_RULE_LIMIT);
  shown.forEach((finding, index) => {
    blocks.push(itemBlock(`${key}:${index}`, finding, group, index === shown.length - 1, continuation));
  });
  if (omitted > 0) blocks.push(omittedBlock(`${key}:omitted`, omittedLine(omitted, "finding")));
  return blocks;
}

export function findingsSection(model: ReportModel): Block[] {
  const severities = (["blocker", "warning", "info"] as const).filter((severity) => model.findings[severity].length > 0);
  const blocks: Block[] = [sectionTitleBlock(model, "Findings", "Blockers and warnings")];
  if (severities.length === 0) {
    const message = `No findings: every rule of ruleset ${model.input.evaluation.rulesetVersion} passes for this assessment.`;
    blocks.push({
      key: "findings:none",
      height: 30,
      node: (
        <View key="findings:none" style={styles.panel}>
          <Text>{message}</Text>
        </View>
      ),
    });
  }
  for (const severity of severities) {
    const title = `${HEADING[severity]} (${model.findings[severity].length})`;
    blocks.push({
      key: `findings:${severity}`,
      height: 16 + 13 * 1.3 + 6 + 8 * 1.45 + 2,
      keepWithNext: true,
      node: (
        <View key={`findings:${severity}`}>
          <Text style={[styles.h2, { color: SEVERITY_COLOR[severity].fg }]}>{title}</Text>
          <Text style={[styles.small, { marginBottom: 2 }]}>{INTRO[severity]}</Text>
        </View>
      ),
    });
    for (const group of groupsOf(model.findings[severity])) blocks.push(...groupBlocks(group));
  }
  return blocks;
}
