/** Wording of the rollout section (seeds 001 §7, 004 milestones): phases, each with a way back. */
import type { ROLLOUT_STAGES } from "../../enums";

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
