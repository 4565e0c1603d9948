/** Q7 — logs that can prove the workflow improves, approvals included (seed 000 §7). */
import { LOG_KINDS } from "../enums";
import { hasText, joinList, plural, quote, smallestDistinct } from "../engine/text";
import type { ActionRow } from "../schema/assessment";
import { hasExplicitApproval } from "./describe";
import type { RuleId } from "./ids";
import type { RuleDefinition } from "./types";

const SOURCE = "000 §7 What logs will prove the workflow is improving?";
export const MIN_LOG_KINDS = 4;
/** How many action names the message quotes before "and N more". */
const NAMED = 3;

function* namesOf(rows: readonly ActionRow[]): Generator<string> {
  for (const row of rows) if (hasText(row.name)) yield row.name.trim();
}

const V1_KINDS: ReadonlySet<string> = new Set(LOG_KINDS);

export const LOG_RULES: readonly RuleDefinition<RuleId>[] = [
  {
    id: "APPROVALS_NOT_LOGGED",
    severity: "blocker",
    question: "logs",
    requires: ["actions", "logs"],
    stage: 1,
    title: "Approval decisions not logged",
    source: SOURCE,
    remediation: "Capture human approval or rejection for every run, so approvals can be audited and used to measure the AI.",
    check: (document) => {
      const captured = document.answers?.logs?.captured ?? [];
      if (captured.includes("approval_decision")) return [];
      const approved = (document.answers?.actions ?? []).filter(hasExplicitApproval);
      if (approved.length === 0) return [];
      // The names quoted are the smallest in code-point order, never the first rows, so the
      // message does not depend on row order.
      const { smallest, distinct } = smallestDistinct(namesOf(approved), NAMED);
      const shown = smallest.map(quote);
      const more = distinct - smallest.length;
      const named = distinct === 0 ? "" : ` (${more > 0 ? `${shown.join(", ")} and ${more} more` : joinList(shown)})`;
      return [
        {
          target: "answers.logs.captured",
          message: `${plural(approved.length, "action waits", "actions wait")} for human approval${named}, but approval decisions are not captured in the logs.`,
        },
      ];
    },
  },
  {
    id: "FEW_LOGS",
    severity: "warning",
    question: "logs",
    requires: ["logs"],
    stage: 1,
    title: "Too few log kinds",
    source: SOURCE,
    remediation:
      "Capture at least four kinds, for example input source, output, confidence or routing reason, and human approval or rejection.",
    check: (document) => {
      // Only the eight v1 kinds count: the sync-audit kinds of format v2 are WRITE_AUDIT_INCOMPLETE's.
      const count = new Set((document.answers?.logs?.captured ?? []).filter((kind) => V1_KINDS.has(kind))).size;
      if (count >= MIN_LOG_KINDS) return [];
      return [
        {
          target: "answers.logs.captured",
          message: `Only ${count} of the ${LOG_KINDS.length} log kinds ${count === 1 ? "is" : "are"} captured; at least ${MIN_LOG_KINDS} are needed to show whether the workflow improves.`,
        },
      ];
    },
  },
];
