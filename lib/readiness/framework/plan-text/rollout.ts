/** Wording of the rollout section (seeds 001 §7, 004 milestones): phases, each with a way back. */
import type { ROLLOUT_STAGES } from "../../enums";
import type { RolloutPhase } from "../../schema/assessment-v2";
import type { FieldText } from "../fields";
import type { PlanSectionText } from "../plan-section-text";

export const ROLLOUT_STAGE_LABELS: Readonly<Record<(typeof ROLLOUT_STAGES)[number], string>> = {
  sandbox: "Sandbox validation",
  read_only: "Read-only",
  shadow: "Shadow writes",
  pilot: "Pilot",
  controlled_write: "Controlled write path",
  exception_handling: "Exception handling",
  expansion: "Controlled expansion",
  full: "Full rollout",
};

const FIELDS: Readonly<Record<keyof Required<RolloutPhase>, FieldText>> = {
  name: { label: "Phase", help: "A short name the team will use, e.g. “Pilot with the EMEA queue”." },
  stage: { label: "Stage", help: "Where the phase sits on the way from sandbox to full rollout." },
  scope: { label: "Scope", help: "Which queue, team, channel, region or objects the phase covers." },
  writesEnabled: { label: "Writes enabled", help: "Whether the integration changes records in this phase, or only reads and simulates." },
  entryCriteria: { label: "Entry criteria", help: "What must be true before the phase starts." },
  exitCriteria: {
    label: "Exit criteria",
    help: "The KPI checkpoint that lets the next phase start, e.g. “sync failures under 1% for two weeks”.",
  },
  rollbackCriteria: {
    label: "Rollback criteria",
    help: "The signals that make the team step back to the previous phase, and who decides.",
  },
  start: { label: "Start", help: "The planned first day of the phase (YYYY-MM-DD)." },
  end: { label: "End", help: "The planned last day of the phase (YYYY-MM-DD)." },
};

export const ROLLOUT_TEXT: PlanSectionText = {
  key: "rollout",
  title: "Phased rollout",
  why: "Switching a core workflow over for everyone at once turns every surprise into an outage. Small phases show what breaks while it is still cheap to step back.",
  goodAnswer:
    "Phases in order, starting small — a sandbox, read-only or shadow phase before any real write — each with a scope, the checkpoint that ends it and the criteria for rolling back, on dates that follow one another.",
  shape: "rows",
  source: "001 §7 Create a Phased Rollout Plan; 004 §Break delivery into milestones",
  fields: FIELDS,
};
