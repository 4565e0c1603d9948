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
import { PLAN_ROWS, type PlanRowSection } from "@/lib/workspace/row-titles";
import { EnumField, TriStateField, optionsFor } from "./choice-fields";
import { DateField } from "./plan-fields";
import { RowList, type RowFields } from "./row-list";
import { NumberField, TextField } from "./text-fields";

const wide = "@xl:col-span-2";
const SYSTEM_OPTIONS = optionsFor(SYSTEMS, ENUM_LABELS.systems);

function text(section: PlanSectionKey, field: string): FieldText {
  return PLAN_SECTION_TEXTS[section].fields[field] ?? { label: field, help: "" };
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

/** A list section's rows, named as the read mode names them ("Phase 2 — Pilot with EMEA"). */
function PlanRows({ section, Fields, estimate }: { section: PlanRowSection; Fields: RowFields; estimate: number }) {
  const { noun, about } = PLAN_ROWS[section];
  return <RowList section={`plan.${section}`} noun={noun} summary={about} Fields={Fields} estimate={estimate} />;
}

export const WorkflowMapRows = memo(function WorkflowMapRows() {
  return <PlanRows section="workflowMap" Fields={WorkflowStepFields} estimate={420} />;
});

export const ApiContractRows = memo(function ApiContractRows() {
  return <PlanRows section="apiContracts" Fields={ApiContractFields} estimate={620} />;
});

export const ExceptionRows = memo(function ExceptionRows() {
  return <PlanRows section="exceptions" Fields={ExceptionFields} estimate={360} />;
});

export const RolloutRows = memo(function RolloutRows() {
  return <PlanRows section="rollout" Fields={PhaseFields} estimate={620} />;
});

export const KpiRows = memo(function KpiRows() {
  return <PlanRows section="kpis" Fields={KpiFields} estimate={460} />;
});
