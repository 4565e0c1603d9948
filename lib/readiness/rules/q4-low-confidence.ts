/** Q4 — uncertain cases need a fallback, an owner, and a path proven end to end (seed 000 §4, 002). */
import { isBlank } from "../engine/text";
import type { RuleId } from "./ids";
import type { RuleDefinition, RuleHit } from "./types";

export const LOW_CONFIDENCE_RULES: readonly RuleDefinition<RuleId>[] = [
  {
    id: "NO_LOW_CONFIDENCE_FALLBACK",
    severity: "blocker",
    question: "lowConfidence",
    requires: ["lowConfidence"],
    stage: 1,
    title: "No fallback for low confidence",
    source: "000 §4 What should happen when confidence is low?",
    remediation:
      "Choose at least one fallback (human review, specialist queue, draft only, …) and name the person or queue that receives escalations.",
    check: (document) => {
      const section = document.answers?.lowConfidence;
      if (section === undefined) return [];
      const hits: RuleHit[] = [];
      if ((section.fallbacks ?? []).length === 0) {
        hits.push({
          target: "answers.lowConfidence.fallbacks",
          message: "No fallback behaviour is chosen for low-confidence cases, so uncertain output is handled as if it were certain.",
        });
      }
      if (isBlank(section.escalationOwner)) {
        hits.push({
          target: "answers.lowConfidence.escalationOwner",
          message: "Low-confidence cases have no escalation owner or queue, so nobody receives the cases the AI should not handle alone.",
        });
      }
      return hits;
    },
  },
  {
    id: "ESCALATION_UNTESTED",
    severity: "warning",
    question: "lowConfidence",
    requires: ["lowConfidence"],
    stage: 1,
    title: "Escalation path not tested",
    source: "002 §Common failure modes when agents read and write across systems",
    remediation:
      "Send a real low-confidence case through the whole path, confirm it reaches the owner, then mark the escalation as tested.",
    check: (document) =>
      document.answers?.lowConfidence?.escalationTested === true
        ? []
        : [
            {
              target: "answers.lowConfidence.escalationTested",
              message:
                "The escalation path has not been tested end to end; a handoff that misroutes looks like coverage until a real case is lost.",
            },
          ],
  },
];
