/** Q1 — the workflow must be testable: named, bounded, owned and measured (seed 000 §1). */
import { hasText, quote } from "../engine/text";
import { fieldTarget } from "./rows";
import type { Workflow } from "../schema/assessment";
import type { RuleId } from "./ids";
import type { RuleDefinition, RuleHit } from "./types";

interface RequiredField {
  path: string;
  value: (workflow: Workflow) => string | undefined;
  problem: (subject: string) => string;
}

const REQUIRED: readonly RequiredField[] = [
  {
    path: "name",
    value: (w) => w.name,
    problem: () => "The workflow has no name, so nobody can say which job the integration is responsible for.",
  },
  {
    path: "startEvent",
    value: (w) => w.startEvent,
    problem: (s) => `${s} has no start event, so a run cannot be traced from its trigger.`,
  },
  {
    path: "endState",
    value: (w) => w.endState,
    problem: (s) => `${s} has no end state, so nobody can tell when a run is finished.`,
  },
  {
    path: "owner",
    value: (w) => w.owner,
    problem: (s) => `${s} has no business owner, so nobody answers for its results.`,
  },
  {
    path: "outcome.metric",
    value: (w) => w.outcome?.metric,
    problem: (s) => `${s} has no outcome metric, so nobody can show that it improved anything.`,
  },
];

export const WORKFLOW_RULES: readonly RuleDefinition<RuleId>[] = [
  {
    id: "WORKFLOW_UNTESTABLE",
    severity: "blocker",
    question: "workflow",
    requires: ["workflow"],
    stage: 1,
    title: "Workflow cannot be tested",
    source: "000 §1 Which workflow is the AI integration responsible for?",
    remediation:
      "Complete Q1: name the workflow in operational terms and give its start event, end state, business owner and an outcome metric with baseline and target.",
    check: (document) => {
      const workflow = document.answers?.workflow;
      if (workflow === undefined) return [];
      const subject = hasText(workflow.name) ? `Workflow ${quote(workflow.name)}` : "The workflow";
      const hits: RuleHit[] = [];
      for (const field of REQUIRED) {
        if (hasText(field.value(workflow))) continue;
        hits.push({ target: fieldTarget("answers.workflow", field.path), message: field.problem(subject) });
      }
      return hits;
    },
  },
];
