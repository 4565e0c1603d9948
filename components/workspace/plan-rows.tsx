"use client";

/**
 * The plan's list sections as RowLists: workflow map steps, API contracts, exceptions,
 * rollout phases and KPIs (the mapping sheet is a grid of its own: mapping-sheet/). Field wording comes from the section's text in the framework (plan-text/).
 */
import { memo } from "react";
import {
  ENUM_LABELS,
  EXCEPTION_CASES,
  EXCEPTION_CASE_LABELS,
  EXCEPTION_HANDLING,
  EXCEPTION_HANDLING_LABELS,
  KPI_DIRECTIONS,
  KPI_DIRECTION_LABELS,
  KPI_KINDS,
  KPI_KIND_LABELS,
  PLAN_SECTION_TEXTS,
  ROLLOUT_STAGES,
  ROLLOUT_STAGE_LABELS,
  SYSTEMS,
  type FieldText,
  type PlanSectionKey,
} from "@/lib/readiness/client";
import { EnumField, TriStateField, optionsFor } from "./choice-fields";
import { DateField } from "./plan-fields";
import { RowList, type Row } from "./row-list";
import { NumberField, TextField } from "./text-fields";

const wide = "@xl:col-span-2";
const SYSTEM_OPTIONS = optionsFor(SYSTEMS, ENUM_LABELS.systems);

function text(section: PlanSectionKey, field: string): FieldText {
  return PLAN_SECTION_TEXTS[section].fields[field] ?? { label: field, help: "" };
}

/** The row's own words for its heading ("Phase 2 — Pilot with EMEA"), cut to one short line. */
function excerpt(value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const line = value.trim().replace(/\s+/g, " ");
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

const WorkflowStepFields = memo(function WorkflowStepFields({ path: p }: { path: string }) {
  const t = (field: string) => text("workflowMap", field);
  return (
    <>
      <div className={wide}>
        <TextField path={`${p}.step`} text={t("step")} />
      </div>
      <TextField path={`${p}.owner`} text={t("owner")} />
      <EnumField path={`${p}.system`} text={t("system")} options={SYSTEM_OPTIONS} />
      <TextField path={`${p}.handoffTo`} text={t("handoffTo")} />
      <TriStateField path={`${p}.manualWorkaround`} text={t("manualWorkaround")} />
      <TriStateField path={`${p}.reentersData`} text={t("reentersData")} />
    </>
  );
});

const ApiContractFields = memo(function ApiContractFields({ path: p }: { path: string }) {
  const t = (field: string) => text("apiContracts", field);
  return (
    <>
      <EnumField path={`${p}.system`} text={t("system")} options={SYSTEM_OPTIONS} />
      <TextField path={`${p}.apiVersion`} text={t("apiVersion")} />
      {(["rateLimit", "retryPolicy", "versioningRule", "authLifecycle", "changeWatch"] as const).map((field) => (
        <div key={field} className={wide}>
          <TextField path={`${p}.${field}`} text={t(field)} long />
        </div>
      ))}
    </>
  );
});

const ExceptionFields = memo(function ExceptionFields({ path: p }: { path: string }) {
  const t = (field: string) => text("exceptions", field);
  return (
    <>
      <EnumField path={`${p}.case`} text={t("case")} options={optionsFor(EXCEPTION_CASES, EXCEPTION_CASE_LABELS)} />
      <EnumField path={`${p}.handling`} text={t("handling")} options={optionsFor(EXCEPTION_HANDLING, EXCEPTION_HANDLING_LABELS)} />
      <TriStateField path={`${p}.alert`} text={t("alert")} />
      <TextField path={`${p}.owner`} text={t("owner")} />
      <div className={wide}>
        <TextField path={`${p}.notes`} text={t("notes")} long />
      </div>
    </>
  );
});

const PhaseFields = memo(function PhaseFields({ path: p }: { path: string }) {
  const t = (field: string) => text("rollout", field);
  return (
    <>
      <TextField path={`${p}.name`} text={t("name")} />
      <EnumField path={`${p}.stage`} text={t("stage")} options={optionsFor(ROLLOUT_STAGES, ROLLOUT_STAGE_LABELS)} />
      <div className={wide}>
        <TextField path={`${p}.scope`} text={t("scope")} long />
      </div>
      <TriStateField path={`${p}.writesEnabled`} text={t("writesEnabled")} />
      <div className="grid gap-4 @sm:grid-cols-2">
        <DateField path={`${p}.start`} text={t("start")} />
        <DateField path={`${p}.end`} text={t("end")} />
      </div>
      {(["entryCriteria", "exitCriteria", "rollbackCriteria"] as const).map((field) => (
        <div key={field} className={wide}>
          <TextField path={`${p}.${field}`} text={t(field)} long />
        </div>
      ))}
    </>
  );
});

const KpiFields = memo(function KpiFields({ path: p }: { path: string }) {
  const t = (field: string) => text("kpis", field);
  return (
    <>
      <TextField path={`${p}.name`} text={t("name")} />
      <EnumField path={`${p}.kind`} text={t("kind")} options={optionsFor(KPI_KINDS, KPI_KIND_LABELS)} />
      <TextField path={`${p}.unit`} text={t("unit")} />
      <EnumField path={`${p}.better`} text={t("better")} options={optionsFor(KPI_DIRECTIONS, KPI_DIRECTION_LABELS)} />
      {(["baseline", "target", "alertThreshold"] as const).map((field) => (
        <NumberField key={field} path={`${p}.${field}`} text={t(field)} min={null} max={null} integer={false} />
      ))}
      <TextField path={`${p}.owner`} text={t("owner")} />
    </>
  );
});

const stepSummary = (row: Row) => excerpt(row.step);
const nameSummary = (row: Row) => excerpt(row.name);
const systemSummary = (row: Row) =>
  typeof row.system === "string" ? ENUM_LABELS.systems[row.system as (typeof SYSTEMS)[number]] : undefined;
const caseSummary = (row: Row) =>
  typeof row.case === "string" ? EXCEPTION_CASE_LABELS[row.case as (typeof EXCEPTION_CASES)[number]] : undefined;

export const WorkflowMapRows = memo(function WorkflowMapRows() {
  return <RowList section="plan.workflowMap" noun="Step" summary={stepSummary} Fields={WorkflowStepFields} estimate={420} />;
});

export const ApiContractRows = memo(function ApiContractRows() {
  return <RowList section="plan.apiContracts" noun="API contract" summary={systemSummary} Fields={ApiContractFields} estimate={620} />;
});

export const ExceptionRows = memo(function ExceptionRows() {
  return <RowList section="plan.exceptions" noun="Exception" summary={caseSummary} Fields={ExceptionFields} estimate={360} />;
});

export const RolloutRows = memo(function RolloutRows() {
  return <RowList section="plan.rollout" noun="Phase" summary={nameSummary} Fields={PhaseFields} estimate={620} />;
});

export const KpiRows = memo(function KpiRows() {
  return <RowList section="plan.kpis" noun="KPI" summary={nameSummary} Fields={KpiFields} estimate={460} />;
});
