/**
 * "The integration plan" (issue #17): the nine plan sections of a v2 document in their
 * framework order — the workflow map as a swimlane with its steps as text, the mapping sheet
 * with value maps, API contracts and the actions' contracts, exceptions, access controls,
 * the rollout with each phase's criteria, KPIs, ROI, enablement. A section declared not
 * applicable prints its reason. Absent when the document has no plan and no contract.
 */
import {
  PLAN_SECTION_KEYS,
  PLAN_SECTION_LABELS,
  rowHasValue,
  type AccessControls,
  type ActionRowV2,
  type Enablement,
  type Plan,
  type PlanSectionKey,
  type RoiFiguresOutput,
} from "@/lib/readiness";
import { ACCESS_CONTROL_FIELD_TEXT } from "@/lib/readiness/framework/plan-text/access-controls";
import { ACTION_CONTRACT_FIELDS } from "@/lib/readiness/framework/plan-text/action-contract";
import { ENABLEMENT_FIELD_TEXT, REVIEW_CADENCE_LABELS } from "@/lib/readiness/framework/plan-text/enablement";
import { ROI_TEXT } from "@/lib/readiness/framework/plan-text/roi";
import { rolloutPhasesOf, rolloutTimeline } from "@/lib/integration-plan/rollout-timeline";
import { timelineNoteText } from "@/lib/integration-plan/rollout-note-text";
import { textAlternative } from "@/lib/integration-plan/workflow-text";
import { workflowStepsOf, workflowSwimlane } from "@/lib/integration-plan/workflow-swimlane";
import type { Block } from "../flow";
import { EMPTY, label, yesNo } from "../format";
import type { ReportModel } from "../model";
import { MUTED } from "../theme";
import { sectionTitleBlock, textBlock } from "./frame";
import { swimlaneBlock } from "./plan-diagram";
import {
  actionContractBlocks,
  apiContractBlocks,
  exceptionBlocks,
  kpiBlocks,
  mappingBlocks,
  rolloutBlocks,
  type Indexed,
} from "./plan-tables";
import { keyValueBlocks, type Pair } from "./key-value";

export const PLAN_SECTION_TITLE = "The integration plan";

const CONTRACT_KEYS = Object.keys(ACTION_CONTRACT_FIELDS) as (keyof typeof ACTION_CONTRACT_FIELDS)[];

function indexed<Row extends object>(rows: readonly Row[] | undefined): Indexed<Row>[] {
  return (rows ?? []).flatMap((row, index) => (rowHasValue(row) ? [{ row, index }] : []));
}

function heading(key: string, title: string): Block {
  return textBlock(`plan:h:${key}`, title, { fontSize: 11, lineHeight: 1.4, fontWeight: 700, marginTop: 10, marginBottom: 5 }, true);
}

function note(key: string, line: string): Block {
  return textBlock(`plan:n:${key}`, line, { fontSize: 8.5, lineHeight: 1.45, color: MUTED, marginBottom: 6 });
}

function flagPairs<T extends object>(
  value: T | undefined,
  texts: Readonly<Record<string, { label: string }>>,
  show: (key: string, v: unknown) => string,
): Pair[] {
  return Object.entries(texts).map(([key, text]) => ({ label: text.label, value: show(key, value?.[key as keyof T]) }));
}

const booleanOrText = (_key: string, v: unknown) => (typeof v === "boolean" ? yesNo(v) : v === undefined ? EMPTY : String(v));

function money(amount: number, currency: string | null): string {
  const figure = amount.toLocaleString("en-US", { maximumFractionDigits: 2, minimumFractionDigits: 0 });
  return currency ? `${figure} ${currency}` : figure;
}

function roiPairs(plan: Plan, figures: RoiFiguresOutput | null | undefined): Pair[] {
  const inputs = flagPairs(plan.roi, ROI_TEXT.fields, booleanOrText);
  if (!figures) return [...inputs, { label: "Derived figures", value: "Need all five numbers." }];
  return [
    ...inputs,
    { label: "Hours saved per month", value: figures.monthlyHoursSaved.toLocaleString("en-US", { maximumFractionDigits: 2 }) },
    { label: "Net value per month", value: money(figures.monthlyNet, figures.currency) },
    {
      label: "Payback",
      value: figures.paybackMonths === null ? "Never (the monthly net is not positive)" : `${figures.paybackMonths} months`,
    },
    { label: "First-year net", value: money(figures.firstYearNet, figures.currency) },
  ];
}

function enablementPairs(enablement: Enablement | undefined): Pair[] {
  return flagPairs(enablement, ENABLEMENT_FIELD_TEXT, (key, v) =>
    key === "stabilizationReviews" ? label(REVIEW_CADENCE_LABELS, v as Enablement["stabilizationReviews"]) : booleanOrText(key, v),
  );
}

function sectionBlocks(key: PlanSectionKey, plan: Plan, model: ReportModel): Block[] {
  const flag = (pairs: Pair[]) => pairs.map((pair) => ({ ...pair, flag: model.flags.get(`plan.${key}`) }));
  switch (key) {
    case "workflowMap": {
      const steps = workflowStepsOf(plan);
      const lines = textAlternative(steps);
      return [
        ...swimlaneBlock(workflowSwimlane(steps), model.theme),
        ...lines.map((line, i) => textBlock(`plan:step:${i}`, line, { fontSize: 8.5, lineHeight: 1.45, marginBottom: 2 })),
      ];
    }
    case "fieldMappings":
      return mappingBlocks(indexed(plan.fieldMappings), model);
    case "apiContracts":
      return apiContractBlocks(indexed(plan.apiContracts), model);
    case "exceptions":
      return exceptionBlocks(indexed(plan.exceptions), model);
    case "accessControls":
      return keyValueBlocks("plan:access", flag(flagPairs<AccessControls>(plan.accessControls, ACCESS_CONTROL_FIELD_TEXT, booleanOrText)));
    case "rollout": {
      const timeline = rolloutTimeline(rolloutPhasesOf(plan), model.asOf.slice(0, 10));
      const now = timeline.current
        ? `Current phase: ${timeline.current.label}${timeline.next ? `; next: ${timeline.next.label}` : ""}.`
        : timeline.next
          ? `Next phase: ${timeline.next.label}.`
          : "No phase is under way on this report's date.";
      return [
        note("rollout:now", now),
        ...timeline.notes.map((n, i) => note(`rollout:note:${i}`, timelineNoteText(n, timeline))),
        ...rolloutBlocks(timeline.phases, model),
      ];
    }
    case "kpis":
      return kpiBlocks(indexed(plan.kpis), model);
    case "roi":
      return keyValueBlocks("plan:roi", flag(roiPairs(plan, "roi" in model.input.evaluation ? model.input.evaluation.roi : null)));
    case "enablement":
      return keyValueBlocks("plan:enablement", flag(enablementPairs(plan.enablement)));
  }
}

function hasContent(key: PlanSectionKey, plan: Plan): boolean {
  const value = plan[key];
  if (value === undefined) return false;
  return Array.isArray(value) ? value.some((row) => rowHasValue(row)) : rowHasValue(value);
}

function contractRows(actions: readonly ActionRowV2[] | undefined): Indexed<ActionRowV2>[] {
  return indexed(actions).filter(({ row }) => CONTRACT_KEYS.some((key) => row[key] !== undefined));
}

export function planSection(model: ReportModel): Block[] {
  const document = model.input.document;
  const plan: Plan = document.plan ?? {};
  const contracts = contractRows((document.answers as { actions?: ActionRowV2[] } | undefined)?.actions);
  const written = PLAN_SECTION_KEYS.filter((key) => hasContent(key, plan) || plan.notApplicable?.[key] !== undefined);
  if (written.length === 0 && contracts.length === 0) return [];
  const blocks: Block[] = [
    sectionTitleBlock(model, "Integration plan", PLAN_SECTION_TITLE),
    note(
      "lead",
      `${written.length} of ${PLAN_SECTION_KEYS.length} plan sections written or declared not applicable. A mark at the left of a row shows the worst finding on it.`,
    ),
  ];
  for (const key of PLAN_SECTION_KEYS) {
    blocks.push(heading(key, PLAN_SECTION_LABELS[key]));
    const reason = plan.notApplicable?.[key];
    if (reason !== undefined) blocks.push(note(`${key}:na`, `Not applicable: ${reason.trim()}`));
    else if (!hasContent(key, plan)) blocks.push(note(`${key}:empty`, "Not written yet."));
    else blocks.push(...sectionBlocks(key, plan, model));
    if (key === "apiContracts" && contracts.length > 0) {
      blocks.push(heading("actionContracts", "Action contracts (Q5)"), ...actionContractBlocks(contracts, model));
    }
  }
  return blocks;
}
