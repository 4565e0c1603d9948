/**
 * The integration plan's lists as tables (issue #17): the mapping sheet (value maps
 * included), API contracts, the Q5 actions' contracts, exceptions, rollout phases and KPIs.
 * Rows keep their index in the document, so a row's mark shows the worst finding on it.
 */
import {
  ENUM_LABELS,
  MAPPING_KIND_LABELS,
  type ActionRowV2,
  type ApiContractRow,
  type ExceptionRow,
  type FieldMappingRow,
  type KpiRow,
} from "@/lib/readiness";
import { CREDENTIAL_SCOPE_LABELS, RISK_TIER_LABELS, ROLLBACK_KIND_LABELS } from "@/lib/readiness/framework/plan-text/action-contract";
import { EXCEPTION_CASE_LABELS, EXCEPTION_HANDLING_LABELS } from "@/lib/readiness/framework/plan-text/exceptions";
import { KPI_DIRECTION_LABELS, KPI_KIND_LABELS } from "@/lib/readiness/framework/plan-text/kpis";
import type { TimelinePhase } from "@/lib/integration-plan/rollout-timeline";
import { limitRows } from "../budget";
import type { Block } from "../flow";
import { EMPTY, label, objectLabel, text } from "../format";
import type { ReportModel } from "../model";
import { SEVERITY_COLOR } from "../theme";
import { tableBlocks, type Column } from "./table";

/** The largest mapping sheet prints whole; beyond it the JSON export has the rest. */
export const MAPPING_ROW_LIMIT = 1000;
const PLAN_TABLE_ROW_LIMIT = 200;

/** A row with its index in the document (blank rows left out keep the others' indices). */
export interface Indexed<Row> {
  row: Row;
  index: number;
}

const side = (system: string | undefined, field: string | undefined) =>
  [system, field?.trim()].filter((part): part is string => Boolean(part)).join(" · ") || EMPTY;

const system = (key: Parameters<typeof label<keyof typeof ENUM_LABELS.systems>>[1]) => label(ENUM_LABELS.systems, key);

function valueMap(row: FieldMappingRow): string {
  const pairs = (row.valueMap ?? []).filter((pair) => pair.from?.trim() || pair.to?.trim());
  return pairs.length === 0 ? EMPTY : pairs.map((pair) => `${pair.from?.trim() || "?"} → ${pair.to?.trim() || "?"}`).join("; ");
}

/** The parts that are written, joined; "—" when none is. */
function both(...parts: (string | undefined)[]): string {
  return (
    parts
      .map((part) => part?.trim())
      .filter(Boolean)
      .join(" · ") || EMPTY
  );
}

function number(value: number | undefined, unit?: string): string {
  if (value === undefined) return EMPTY;
  return unit?.trim() ? `${value} ${unit.trim()}` : String(value);
}

const MAPPING: Column<Indexed<FieldMappingRow>>[] = [
  { header: "#", width: 4.5, cell: ({ index }) => String(index + 1) },
  { header: "Object", width: 10, cell: ({ row }) => objectLabel(row.object), strong: true },
  { header: "Source", width: 15, cell: ({ row }) => side(row.sourceSystem && system(row.sourceSystem), row.sourceField) },
  { header: "Target", width: 15, cell: ({ row }) => side(row.targetSystem && system(row.targetSystem), row.targetField) },
  {
    header: "Kind · direction",
    width: 10,
    cell: ({ row }) =>
      [row.kind && label(MAPPING_KIND_LABELS, row.kind), row.direction && label(ENUM_LABELS.syncDirection, row.direction)]
        .filter(Boolean)
        .join(" · ") || EMPTY,
  },
  { header: "Transform · conflict rule", width: 18, cell: ({ row }) => both(row.transform, row.conflictRule) },
  { header: "Value map", width: 0, cell: ({ row }) => valueMap(row), detail: true },
];

const API_CONTRACTS: Column<Indexed<ApiContractRow>>[] = [
  { header: "System · version", width: 12, cell: ({ row }) => side(row.system && system(row.system), row.apiVersion), strong: true },
  { header: "Rate limit", width: 12, cell: ({ row }) => text(row.rateLimit) },
  { header: "Retries", width: 12, cell: ({ row }) => text(row.retryPolicy) },
  { header: "Versioning", width: 12, cell: ({ row }) => text(row.versioningRule) },
  { header: "Credentials", width: 12, cell: ({ row }) => text(row.authLifecycle) },
  { header: "Change watch", width: 12, cell: ({ row }) => text(row.changeWatch) },
];

const ACTION_CONTRACTS: Column<Indexed<ActionRowV2>>[] = [
  { header: "Action", width: 12, cell: ({ row }) => text(row.name), strong: true },
  { header: "Tier", width: 6, cell: ({ row }) => label(RISK_TIER_LABELS, row.riskTier) },
  { header: "Trigger · inputs", width: 14, cell: ({ row }) => both(row.trigger, row.requiredInputs) },
  { header: "Validations · output", width: 14, cell: ({ row }) => both(row.validations, row.expectedOutput) },
  { header: "Failure modes", width: 12, cell: ({ row }) => text(row.failureModes) },
  {
    header: "Rollback",
    width: 11,
    cell: ({ row }) => [label(ROLLBACK_KIND_LABELS, row.rollback), row.rollbackPlan?.trim()].filter(Boolean).join(": "),
  },
  {
    header: "Credentials · AI values marked",
    width: 9,
    cell: ({ row }) =>
      `${label(CREDENTIAL_SCOPE_LABELS, row.credentialScope)} · ${row.marksAiValues === undefined ? EMPTY : row.marksAiValues ? "yes" : "no"}`,
  },
];

const EXCEPTIONS: Column<Indexed<ExceptionRow>>[] = [
  { header: "Case", width: 14, cell: ({ row }) => label(EXCEPTION_CASE_LABELS, row.case), strong: true },
  { header: "Handling", width: 12, cell: ({ row }) => label(EXCEPTION_HANDLING_LABELS, row.handling) },
  { header: "Alert", width: 5, flag: ({ row }) => row.alert, risky: false },
  { header: "Owner", width: 10, cell: ({ row }) => text(row.owner) },
  { header: "Notes", width: 22, cell: ({ row }) => text(row.notes) },
];

const STATUS_LABELS: Record<TimelinePhase["status"], string> = {
  done: "Done",
  current: "Current",
  overdue: "Overdue",
  upcoming: "Upcoming",
};

const ROLLOUT: Column<TimelinePhase>[] = [
  { header: "Phase", width: 11, cell: (phase) => `${phase.order + 1}. ${phase.label}`, strong: true },
  {
    header: "Dates · status",
    width: 11,
    cell: (phase) => `${phase.start ?? "?"} – ${phase.end ?? "?"} · ${STATUS_LABELS[phase.status]}`,
    tone: (phase) => (phase.status === "overdue" ? SEVERITY_COLOR.warning.fg : undefined),
  },
  { header: "Writes", width: 5, flag: (phase) => phase.writesEnabled ?? undefined, risky: true },
  { header: "Entry criteria", width: 13, cell: (phase) => text(phase.criteria.entry) },
  { header: "Exit criteria", width: 13, cell: (phase) => text(phase.criteria.exit) },
  {
    header: "Rollback criteria",
    width: 13,
    cell: (phase) => text(phase.criteria.rollback),
    tone: (phase) => (phase.criteria.rollback ? undefined : SEVERITY_COLOR.blocker.fg),
  },
];

const KPIS: Column<Indexed<KpiRow>>[] = [
  { header: "KPI", width: 16, cell: ({ row }) => text(row.name), strong: true },
  { header: "Kind", width: 8, cell: ({ row }) => label(KPI_KIND_LABELS, row.kind) },
  { header: "Baseline → target", width: 14, cell: ({ row }) => `${number(row.baseline, row.unit)} → ${number(row.target, row.unit)}` },
  { header: "Better", width: 7, cell: ({ row }) => label(KPI_DIRECTION_LABELS, row.better) },
  { header: "Alert at", width: 8, cell: ({ row }) => number(row.alertThreshold, row.unit) },
  { header: "Owner", width: 10, cell: ({ row }) => text(row.owner) },
];

interface PlanTable<Row> {
  key: string;
  columns: readonly Column<Row>[];
  /** The document path of a row's findings, for its mark. */
  pathOf: (row: Row) => string;
  caption: string;
  limit?: number;
}

/** One plan table as blocks: the report's row budget, each row marked with its worst finding. */
function planTableBlocks<Row>(table: PlanTable<Row>, rows: readonly Row[], model: ReportModel): Block[] {
  const { shown, omitted } = limitRows(rows, table.limit ?? PLAN_TABLE_ROW_LIMIT);
  return tableBlocks({
    key: table.key,
    columns: table.columns,
    rows: shown,
    omitted,
    theme: model.theme,
    flagOf: (row) => model.flags.get(table.pathOf(row)),
    continuedCaption: `${table.caption} (continued)`,
  });
}

const at =
  (section: string) =>
  ({ index }: Indexed<unknown>) =>
    `${section}.${index}`;

export const mappingBlocks = (rows: readonly Indexed<FieldMappingRow>[], model: ReportModel) =>
  planTableBlocks(
    { key: "plan:mappings", columns: MAPPING, pathOf: at("plan.fieldMappings"), caption: "Mapping sheet", limit: MAPPING_ROW_LIMIT },
    rows,
    model,
  );
export const apiContractBlocks = (rows: readonly Indexed<ApiContractRow>[], model: ReportModel) =>
  planTableBlocks({ key: "plan:api", columns: API_CONTRACTS, pathOf: at("plan.apiContracts"), caption: "API contracts" }, rows, model);
export const actionContractBlocks = (rows: readonly Indexed<ActionRowV2>[], model: ReportModel) =>
  planTableBlocks(
    { key: "plan:actions", columns: ACTION_CONTRACTS, pathOf: at("answers.actions"), caption: "Action contracts" },
    rows,
    model,
  );
export const exceptionBlocks = (rows: readonly Indexed<ExceptionRow>[], model: ReportModel) =>
  planTableBlocks({ key: "plan:exceptions", columns: EXCEPTIONS, pathOf: at("plan.exceptions"), caption: "Exceptions" }, rows, model);
export const rolloutBlocks = (phases: readonly TimelinePhase[], model: ReportModel) =>
  planTableBlocks(
    { key: "plan:rollout", columns: ROLLOUT, pathOf: (phase) => `plan.rollout.${phase.row}`, caption: "Rollout" },
    phases,
    model,
  );
export const kpiBlocks = (rows: readonly Indexed<KpiRow>[], model: ReportModel) =>
  planTableBlocks({ key: "plan:kpis", columns: KPIS, pathOf: at("plan.kpis"), caption: "KPIs" }, rows, model);
