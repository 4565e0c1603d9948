"use client";

/** The single-form questions: Q1, Q4, Q7, Q8 and Q9. Field wording comes from FIELDS. */
import { ENUM_LABELS, FALLBACKS, FIELDS, LOG_KINDS, MAINTENANCE_DUTIES, RISK_LEVELS } from "@/lib/readiness/client";
import { CheckboxGroupField, EnumField, Group, TriStateField, optionsFor } from "./choice-fields";
import { useFieldErrors } from "./form-context";
import { fieldIdFor } from "./paths";
import { NumberField, TextField } from "./text-fields";

const grid = "grid gap-4 @xl:grid-cols-2";

export function WorkflowForm() {
  const f = FIELDS.workflow;
  const p = "answers.workflow";
  const outcomeErrors = useFieldErrors(`${p}.outcome`, { exact: true });
  return (
    <div className="space-y-4">
      <div className={grid}>
        <TextField path={`${p}.name`} text={f.name} />
        <TextField path={`${p}.owner`} text={f.owner} />
        <TextField path={`${p}.startEvent`} text={f.startEvent} />
        <TextField path={`${p}.endState`} text={f.endState} />
      </div>
      <Group
        id={fieldIdFor(`${p}.outcome`)}
        legend={f.outcome.label}
        help={f.outcome.help}
        errors={outcomeErrors}
        className="rounded-lg border border-border p-4"
      >
        <div className="grid gap-4 @xl:grid-cols-3">
          <TextField path={`${p}.outcome.metric`} text={FIELDS.outcome.metric} />
          <TextField path={`${p}.outcome.baseline`} text={FIELDS.outcome.baseline} />
          <TextField path={`${p}.outcome.target`} text={FIELDS.outcome.target} />
        </div>
      </Group>
    </div>
  );
}

export function LowConfidenceForm() {
  const f = FIELDS.lowConfidence;
  const p = "answers.lowConfidence";
  return (
    <div className="space-y-4">
      <TextField path={`${p}.signal`} text={f.signal} long />
      <CheckboxGroupField path={`${p}.fallbacks`} text={f.fallbacks} options={optionsFor(FALLBACKS, ENUM_LABELS.fallbacks)} />
      <div className={grid}>
        <TextField path={`${p}.escalationOwner`} text={f.escalationOwner} />
        <TriStateField path={`${p}.escalationTested`} text={f.escalationTested} />
      </div>
    </div>
  );
}

export function LogsForm() {
  const f = FIELDS.logs;
  const p = "answers.logs";
  return (
    <div className="space-y-4">
      <CheckboxGroupField path={`${p}.captured`} text={f.captured} options={optionsFor(LOG_KINDS, ENUM_LABELS.captured)} />
      <TextField path={`${p}.store`} text={f.store} long />
      <div className={grid}>
        <NumberField path={`${p}.retentionDays`} text={f.retentionDays} />
      </div>
    </div>
  );
}

export function MaintenanceForm() {
  return (
    <div className={grid}>
      {MAINTENANCE_DUTIES.map((duty) => (
        <TextField key={duty} path={`answers.maintenance.${duty}`} text={FIELDS.maintenance[duty]} />
      ))}
    </div>
  );
}

export function FirstLaunchForm() {
  const f = FIELDS.firstLaunch;
  const p = "answers.firstLaunch";
  return (
    <div className="space-y-4">
      <TextField path={`${p}.scope`} text={f.scope} long />
      <div className={grid}>
        <NumberField path={`${p}.weeklyVolume`} text={f.weeklyVolume} />
        <EnumField path={`${p}.risk`} text={f.risk} options={optionsFor(RISK_LEVELS, ENUM_LABELS.risk)} />
        <TriStateField path={`${p}.automaticDecisions`} text={f.automaticDecisions} />
        <TriStateField path={`${p}.customerFacingOutput`} text={f.customerFacingOutput} />
      </div>
      <TextField path={`${p}.reviewPath`} text={f.reviewPath} long />
    </div>
  );
}
