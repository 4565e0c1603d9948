/**
 * Factories for the demo projects' integration plans (format v2), so each plan file reads as
 * the project's story rather than boilerplate: mapping sheets from compact tables, rollout
 * phases placed relative to the seeding day, and short forms for the other rows. Pure.
 */
import type {
  AccessControlField,
  AccessControls,
  BusinessObject,
  EnablementDuty,
  Enablement,
  ExceptionCase,
  ExceptionHandling,
  ExceptionRow,
  FieldMappingRow,
  KpiDirection,
  KpiKind,
  KpiRow,
  ReviewCadence,
  RolloutPhase,
  RolloutStage,
  SystemKey,
  WorkflowStep,
} from "@/lib/readiness";
import { dateOfDay, dayNumber, type CalendarDate } from "@/lib/integration-plan/calendar-day";
import { readValueMap } from "@/lib/integration-plan/value-map";

// ---------------------------------------------------------------- workflow map

/** Flags of a step as it runs today: `m` a manual workaround, `r` data typed in again by hand. */
export type StepCells = readonly [step: string, owner: string | null, system: SystemKey, handoffTo: string, flags?: string];

/** The workflow map from one tuple per step; a `null` owner models a step nobody owns. */
export function workflowMap(steps: readonly StepCells[]): WorkflowStep[] {
  return steps.map(([step, owner, system, handoffTo, flags = ""]) => ({
    step,
    ...(owner === null ? {} : { owner }),
    system,
    handoffTo,
    manualWorkaround: flags.includes("m"),
    reentersData: flags.includes("r"),
  }));
}

// ---------------------------------------------------------------- mapping sheet

/**
 * One mapped field: source field, target field, transformation, flags and, for a status,
 * its value map in the sheet's cell syntax (`Open=New; Won=Active`). Flags: `r` required,
 * `i` identifier, `s` status, `b` bidirectional, `n` this row has no conflict rule (a gap).
 */
export type FieldCells = readonly [source: string, target: string, transform?: string, flags?: string, valueMap?: string];

/** Rows that share an object, a pair of systems and a conflict rule: how a mapping sheet is reviewed. */
export interface MappingGroup {
  object: BusinessObject;
  from: SystemKey;
  to: SystemKey;
  conflictRule?: string;
  fields: readonly FieldCells[];
}

function valueMapOf(cell: string) {
  const reading = readValueMap(cell);
  // The tables are written by hand in this repository: a bad cell is a bug to see at once.
  if (!reading.ok) throw new Error(`demo value map "${cell}": ${reading.message}`);
  return reading.value;
}

/** The mapping sheet: every field of every group, in order. */
export function mappingSheet(groups: readonly MappingGroup[]): FieldMappingRow[] {
  return groups.flatMap((group) =>
    group.fields.map(([sourceField, targetField, transform, flags = "", valueMap]): FieldMappingRow => {
      const row: FieldMappingRow = {
        object: group.object,
        sourceSystem: group.from,
        sourceField,
        targetSystem: group.to,
        targetField,
        kind: flags.includes("i") ? "identifier" : flags.includes("s") ? "status" : "value",
        required: flags.includes("r"),
        direction: flags.includes("b") ? "bidirectional" : "one_way",
      };
      if (transform) row.transform = transform;
      if (group.conflictRule !== undefined && !flags.includes("n")) row.conflictRule = group.conflictRule;
      if (valueMap !== undefined) row.valueMap = valueMapOf(valueMap);
      return row;
    }),
  );
}

// ---------------------------------------------------------------- exceptions

export type ExceptionCells = readonly [
  caseKey: ExceptionCase,
  handling: ExceptionHandling,
  alert: boolean,
  owner: string | null,
  notes: string,
];

export function exceptions(rows: readonly ExceptionCells[]): ExceptionRow[] {
  return rows.map(([caseKey, handling, alert, owner, notes]) => ({
    case: caseKey,
    handling,
    alert,
    ...(owner === null ? {} : { owner }),
    notes,
  }));
}

// ---------------------------------------------------------------- access controls and enablement

const ACCESS_FIELDS: readonly AccessControlField[] = [
  "leastPrivilegeAccounts",
  "credentialsPerEnvironment",
  "fieldMasking",
  "accessAudit",
  "secretRotation",
];

/** Every control confirmed except the ones named (those are saved as `false`, as the form does). */
export function accessControls(missing: readonly AccessControlField[] = []): AccessControls {
  return Object.fromEntries(ACCESS_FIELDS.map((field) => [field, !missing.includes(field)])) as AccessControls;
}

const DUTIES: readonly EnablementDuty[] = ["sopsUpdated", "frontlineTrained", "leadsTrainedOnFailures", "incidentOwnersPublished"];

/** Every duty done except the ones named, with the stabilization review cadence and length. */
export function enablement(reviews: ReviewCadence, days: number, missing: readonly EnablementDuty[] = []): Enablement {
  const duties = Object.fromEntries(DUTIES.map((duty) => [duty, !missing.includes(duty)])) as Enablement;
  return { ...duties, stabilizationReviews: reviews, stabilizationDays: days };
}

// ---------------------------------------------------------------- KPIs

export interface KpiOptions {
  alert?: number;
  /** Leave the baseline out: not measured yet. */
  noBaseline?: boolean;
}

export function kpi(
  name: string,
  kind: KpiKind,
  unit: string,
  values: readonly [baseline: number, target: number, better: KpiDirection],
  owner: string,
  options: KpiOptions = {},
): KpiRow {
  const [baseline, target, better] = values;
  return {
    name,
    kind,
    unit,
    ...(options.noBaseline ? {} : { baseline }),
    target,
    better,
    ...(options.alert === undefined ? {} : { alertThreshold: options.alert }),
    owner,
  };
}

// ---------------------------------------------------------------- rollout

/**
 * A phase as planned: `days` are its first and last day counted from the seeding day (so
 * `[-14, 13]` started two weeks ago and ends in two weeks). Leave a criterion out to model a gap.
 */
export interface PhaseSpec {
  name: string;
  stage: RolloutStage;
  scope: string;
  writes: boolean;
  entry?: string;
  exit?: string;
  rollback?: string;
  days: readonly [start: number, end: number];
}

/** The rollout with real dates: the demo is seeded "today", so its current phase is always mid-way. */
export function rollout(today: CalendarDate, phases: readonly PhaseSpec[]): RolloutPhase[] {
  const day = dayNumber(today);
  if (day === null) throw new RangeError(`expected today as YYYY-MM-DD, got ${JSON.stringify(today)}`);
  return phases.map((phase) => ({
    name: phase.name,
    stage: phase.stage,
    scope: phase.scope,
    writesEnabled: phase.writes,
    ...(phase.entry === undefined ? {} : { entryCriteria: phase.entry }),
    ...(phase.exit === undefined ? {} : { exitCriteria: phase.exit }),
    ...(phase.rollback === undefined ? {} : { rollbackCriteria: phase.rollback }),
    start: dateOfDay(day + phase.days[0]),
    end: dateOfDay(day + phase.days[1]),
  }));
}
