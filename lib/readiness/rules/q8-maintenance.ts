/** Q8 — a named owner for every maintenance duty, failed-workflow triage first (seed 000 §8). */
import { MAINTENANCE_DUTIES } from "../enums";
import { FIELDS } from "../framework/fields";
import { inlineLabel, isBlank } from "../engine/text";
import { fieldTarget } from "./rows";
import type { RuleId } from "./ids";
import type { RuleDefinition, RuleHit } from "./types";

const SOURCE = "000 §8 Who owns maintenance after launch?";
const TRIAGE = "failedWorkflowTriage";

export const MAINTENANCE_RULES: readonly RuleDefinition<RuleId>[] = [
  {
    id: "TRIAGE_UNOWNED",
    severity: "blocker",
    question: "maintenance",
    requires: ["maintenance"],
    stage: 1,
    title: "Nobody triages failed runs",
    source: SOURCE,
    remediation: "Name the person or team who reviews every failed run and decides whether to retry, fix or escalate.",
    check: (document) =>
      isBlank(document.answers?.maintenance?.failedWorkflowTriage)
        ? [
            {
              target: fieldTarget("answers.maintenance", TRIAGE),
              message: "Nobody is named to triage failed workflow runs, so failures pile up unseen.",
            },
          ]
        : [],
  },
  {
    id: "DUTY_UNOWNED",
    severity: "warning",
    question: "maintenance",
    requires: ["maintenance"],
    stage: 1,
    title: "Maintenance duty without an owner",
    source: SOURCE,
    remediation: "Name a person or team for this duty.",
    check: (document) => {
      const section = document.answers?.maintenance ?? {};
      const hits: RuleHit[] = [];
      for (const duty of MAINTENANCE_DUTIES) {
        if (duty === TRIAGE || !isBlank(section[duty])) continue;
        hits.push({
          target: fieldTarget("answers.maintenance", duty),
          message: `Nobody is named for ${inlineLabel(FIELDS.maintenance[duty].label)} after launch.`,
        });
      }
      return hits;
    },
  },
];
