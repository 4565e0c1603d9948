/**
 * The 90-day remediation plan: the plan's figures, then each 30-day window's work as a
 * table (title and place, severity and track, owner, due date, status). The plan is live
 * work, not part of a snapshot, so the section says which day it shows. Long titles wrap
 * in their cell; a window with more items than the report's budget says how many it left out.
 */
import { Text, View } from "@react-pdf/renderer";
import { limitRows, TABLE_ROW_LIMIT } from "../budget";
import type { Block } from "../flow";
import type { ReportModel } from "../model";
import type { RemediationModel, RemediationRow, RemediationWindowView } from "../remediation-model";
import { styles } from "../styles";
import { MUTED, SEVERITY_COLOR } from "../theme";
import { sectionTitleBlock, textBlock } from "./frame";
import { omittedBlock, tableBlocks, type Column } from "./table";

const COLUMNS: Column<RemediationRow>[] = [
  { header: "Item", width: 29, cell: (row) => `${row.title}\n${row.where}`, strong: true },
  { header: "Severity and track", width: 13, cell: (row) => `${row.severityLabel}\n${row.trackLabel}` },
  { header: "Owner", width: 15, cell: (row) => row.owner },
  {
    header: "Due",
    width: 12,
    cell: (row) => (row.overdue ? `${row.due}\nOverdue` : row.due),
    tone: (row) => (row.overdue ? SEVERITY_COLOR.blocker.fg : undefined),
  },
  { header: "Status", width: 12, cell: (row) => row.status },
];

function figures(plan: RemediationModel): string {
  return [
    `Plan as of ${plan.asOf}, day 1 on ${plan.startDate}.`,
    `${plan.open} open (${plan.openBlockers} ${plan.openBlockers === 1 ? "blocker" : "blockers"}), ${plan.overdue} overdue, ${plan.resolved} resolved by saves.`,
  ].join(" ");
}

const SMALL = { fontSize: 8, lineHeight: 1.45, color: MUTED };

const INTRO =
  "The plan is the team's live work list, not part of the snapshot: it is shown as it stood on the day this report was made. Items a save resolved are counted, not listed.";

function windowBlocks(view: RemediationWindowView, model: ReportModel): Block[] {
  const key = `remediation:${view.window}`;
  const heading = textBlock(
    `${key}:heading`,
    `${view.label} · until ${view.lastDay} · ${view.rows.length} ${view.rows.length === 1 ? "item" : "items"}`,
    { fontSize: 10.5, fontWeight: 600, lineHeight: 1.3, marginTop: 10, marginBottom: 4 },
    true,
  );
  if (view.rows.length === 0) {
    return [heading, textBlock(`${key}:none`, "Nothing planned in this window.", { ...SMALL, marginBottom: 8 })];
  }
  const { shown, omitted } = limitRows(view.rows, TABLE_ROW_LIMIT);
  const table = tableBlocks({
    key,
    columns: COLUMNS,
    rows: shown,
    theme: model.theme,
    flagOf: (row) => row.severity,
    continuedCaption: `Remediation plan · ${view.label} (continued)`,
  });
  const more = `…and ${omitted} more ${omitted === 1 ? "item" : "items"} in this window, see the plan's CSV export.`;
  return [heading, ...table, ...(omitted > 0 ? [omittedBlock(`${key}:omitted`, more)] : [])];
}

export const REMEDIATION_SECTION_TITLE = "Remediation plan (90 days)";

/** The section's blocks; none when the project has no plan. */
export function remediationSection(model: ReportModel): Block[] {
  const plan = model.remediation;
  if (!plan) return [];
  return [
    sectionTitleBlock(model, "Remediation plan", "The 90-day remediation plan"),
    textBlock("remediation:figures", figures(plan), { fontSize: 10.5, lineHeight: 1.5, fontWeight: 600, marginBottom: 4 }),
    textBlock("remediation:intro", INTRO, { ...SMALL, marginBottom: 6 }),
    ...plan.windows.flatMap((view) => windowBlocks(view, model)),
  ];
}

/** The executive summary's line about the plan. */
export function RemediationSummaryLine({ model }: { model: ReportModel }) {
  if (!model.remediation) return null;
  return (
    <View>
      <Text style={[styles.small, { marginBottom: 8 }]}>{model.remediation.summaryLine}</Text>
    </View>
  );
}
