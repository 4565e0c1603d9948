/**
 * The list questions as tables: objects and owners (Q2), data sources (Q3), actions and
 * approval levels (Q5), test cases (Q6) and maintenance owners (Q8). Column headings are
 * the framework's field labels, shortened only where a narrow flag column needs it.
 */
import {
  ENUM_LABELS,
  FIELDS,
  MAINTENANCE_DUTIES,
  type ActionRow,
  type Answers,
  type DataSourceRow,
  type MaintenanceDuty,
  type Severity,
  type SourceOfTruthRow,
  type TestCaseRow,
  type TestStatus,
} from "@/lib/readiness";
import { limitRows, TABLE_ROW_LIMIT } from "../budget";
import { EMPTY, label, labels, objectLabel, text, yesNo } from "../format";
import type { ReportModel } from "../model";
import { SEVERITY_COLOR } from "../theme";
import type { Block } from "../flow";
import { FlagLegend, tableBlocks, type Column, type TextColumn } from "./table";

const rowNumber = <Row,>(): TextColumn<Row> => ({ header: "#", width: 3.5, cell: (_row, index) => String(index + 1) });

const flagAt =
  (model: ReportModel, section: string) =>
  (_row: unknown, index: number): Severity | undefined =>
    model.flags.get(`answers.${section}.${index}`);

const STATUS_TONE: Record<TestStatus, string> = { pass: "#15803d", fail: SEVERITY_COLOR.blocker.fg, untested: SEVERITY_COLOR.warning.fg };

const SOURCE_OF_TRUTH: Column<SourceOfTruthRow>[] = [
  rowNumber(),
  { header: FIELDS.sourceOfTruth.object.label, width: 14, cell: (row) => objectLabel(row.object), strong: true },
  { header: FIELDS.sourceOfTruth.owningSystem.label, width: 12, cell: (row) => label(ENUM_LABELS.systems, row.owningSystem) },
  { header: FIELDS.sourceOfTruth.aiAccess.label, width: 9, cell: (row) => label(ENUM_LABELS.aiAccess, row.aiAccess) },
  { header: FIELDS.sourceOfTruth.syncDirection.label, width: 10, cell: (row) => label(ENUM_LABELS.syncDirection, row.syncDirection) },
  { header: FIELDS.sourceOfTruth.conflictRule.label, width: 30, cell: (row) => text(row.conflictRule) },
];

function audience(row: DataSourceRow): string {
  const roles = row.outputAudience?.filter((role) => role.trim() !== "") ?? [];
  const who = roles.length === 0 ? EMPTY : roles.join(", ");
  if (row.audienceMaySeeSource === undefined) return who;
  return `${who}\n${row.audienceMaySeeSource ? "All may see the source" : "Not all may see the source"}`;
}

const DATA_SOURCES: Column<DataSourceRow>[] = [
  rowNumber(),
  { header: FIELDS.dataSources.name.label, width: 13, cell: (row) => text(row.name), strong: true },
  { header: FIELDS.dataSources.purpose.label, width: 20, cell: (row) => text(row.purpose) },
  { header: FIELDS.dataSources.sensitivity.label, width: 11, cell: (row) => labels(ENUM_LABELS.sensitivity, row.sensitivity) },
  { header: "Provider retains or trains", width: 8.5, cell: (row) => label(ENUM_LABELS.providerRetention, row.providerRetention) },
  { header: "Can run redacted", width: 7.5, cell: (row) => yesNo(row.canRunRedacted) },
  { header: FIELDS.dataSources.outputAudience.label, width: 15, cell: audience },
];

const ACTIONS: Column<ActionRow>[] = [
  rowNumber(),
  { header: FIELDS.actions.name.label, width: 14, cell: (row) => text(row.name), strong: true },
  { header: FIELDS.actions.targetSystem.label, width: 9, cell: (row) => label(ENUM_LABELS.systems, row.targetSystem) },
  // As wide as the longest kind, "Recommend", a word that cannot wrap.
  { header: FIELDS.actions.kind.label, width: 12, cell: (row) => label(ENUM_LABELS.kind, row.kind) },
  // Spaces rather than hyphens in the narrow flag headers, so they wrap between words.
  { header: "Customer facing", width: 8.5, flag: (row) => row.customerFacing, risky: true },
  { header: "Revenue, compliance or CX", width: 9.5, flag: (row) => row.touchesRevenueComplianceOrCx, risky: true },
  { header: "Pricing, contracts or consent", width: 9, flag: (row) => row.touchesPricingContractsOrConsent, risky: true },
  { header: FIELDS.actions.reversible.label, width: 9.5, flag: (row) => row.reversible, risky: false },
  { header: FIELDS.actions.approval.label, width: 12, cell: (row) => label(ENUM_LABELS.approval, row.approval), strong: true },
  { header: "Dedupe key", width: 7, flag: (row) => row.idempotencyKey, risky: false },
  { header: "Shadow mode first", width: 7.5, flag: (row) => row.shadowModeFirst, risky: false },
];

const TEST_CASES: Column<TestCaseRow>[] = [
  rowNumber(),
  { header: FIELDS.testCases.scenario.label, width: 30, cell: (row) => text(row.scenario) },
  { header: FIELDS.testCases.category.label, width: 12, cell: (row) => label(ENUM_LABELS.category, row.category) },
  { header: FIELDS.testCases.expectedBehavior.label, width: 30, cell: (row) => text(row.expectedBehavior) },
  {
    header: FIELDS.testCases.status.label,
    width: 7.5,
    cell: (row) => label(ENUM_LABELS.status, row.status),
    strong: true,
    tone: (row) => STATUS_TONE[row.status ?? "untested"],
  },
];

const caption = (question: string, what: string) => `${question} · ${what} (continued)`;

/** The first TABLE_ROW_LIMIT rows of a list question, and how many more there are (the budget, budget.ts). */
const budgeted = <Row,>(rows: readonly Row[]) => {
  const { shown, omitted } = limitRows(rows, TABLE_ROW_LIMIT);
  return { rows: shown, omitted };
};

export function sourceOfTruthBlocks(all: readonly SourceOfTruthRow[], model: ReportModel): Block[] {
  return tableBlocks({
    key: "q2",
    columns: SOURCE_OF_TRUTH,
    ...budgeted(all),
    theme: model.theme,
    flagOf: flagAt(model, "sourceOfTruth"),
    continuedCaption: caption("Q2", "Objects and owners"),
  });
}

export function dataSourcesBlocks(all: readonly DataSourceRow[], model: ReportModel): Block[] {
  return tableBlocks({
    key: "q3",
    columns: DATA_SOURCES,
    ...budgeted(all),
    theme: model.theme,
    flagOf: flagAt(model, "dataSources"),
    continuedCaption: caption("Q3", "Data sources"),
  });
}

export function actionsBlocks(all: readonly ActionRow[], model: ReportModel): Block[] {
  const legend: Block = { key: "q5:legend", height: 7.5 * 1.45 + 4, keepWithNext: true, node: <FlagLegend key="q5:legend" /> };
  return [
    legend,
    ...tableBlocks({
      key: "q5",
      columns: ACTIONS,
      ...budgeted(all),
      theme: model.theme,
      flagOf: flagAt(model, "actions"),
      continuedCaption: caption("Q5", "Actions and approval levels"),
    }),
  ];
}

export function testCasesBlocks(all: readonly TestCaseRow[], model: ReportModel): Block[] {
  return tableBlocks({
    key: "q6",
    columns: TEST_CASES,
    ...budgeted(all),
    theme: model.theme,
    flagOf: flagAt(model, "testCases"),
    continuedCaption: caption("Q6", "Test cases"),
  });
}

interface Duty {
  duty: MaintenanceDuty;
  owner: string;
}

export function maintenanceBlocks(maintenance: NonNullable<Answers["maintenance"]>, model: ReportModel): Block[] {
  const rows: Duty[] = MAINTENANCE_DUTIES.map((duty) => ({
    duty,
    owner: text(maintenance[duty]) === EMPTY ? "Unassigned" : text(maintenance[duty]),
  }));
  const columns: Column<Duty>[] = [
    { header: "Duty", width: 20, cell: (row) => FIELDS.maintenance[row.duty].label, strong: true },
    {
      header: "Owner",
      width: 26,
      cell: (row) => row.owner,
      tone: (row) => (row.owner === "Unassigned" ? SEVERITY_COLOR.warning.fg : undefined),
    },
    { header: "What the owner does", width: 34, cell: (row) => FIELDS.maintenance[row.duty].help },
  ];
  return tableBlocks({
    key: "q8",
    columns,
    rows,
    theme: model.theme,
    flagOf: (row) => model.flags.get(`answers.maintenance.${row.duty}`),
    continuedCaption: caption("Q8", "Maintenance owners"),
  });
}
