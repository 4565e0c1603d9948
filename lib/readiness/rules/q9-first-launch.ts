/**
 * Q9 — the first launch avoids the bad candidates: high-risk automatic decisions, or
 * customer-facing output with no review path (seed 000 §9).
 */
import { isBlank } from "../engine/text";
import type { RuleId } from "./ids";
import type { RuleDefinition } from "./types";

export const FIRST_LAUNCH_RULES: readonly RuleDefinition<RuleId>[] = [
  {
    id: "RISKY_FIRST_LAUNCH",
    severity: "blocker",
    question: "firstLaunch",
    requires: ["firstLaunch"],
    stage: 1,
    title: "Risky first launch",
    source: "000 §9 What is the smallest production workflow worth launching?",
    remediation:
      "Narrow the first launch: keep automatic decisions out of a high-risk scope (or start with a lower-risk workflow), and route customer-facing output through a named review path.",
    check: (document) => {
      const launch = document.answers?.firstLaunch;
      if (launch === undefined) return [];
      const reasons: string[] = [];
      if (launch.risk === "high" && launch.automaticDecisions === true) {
        reasons.push("it is high risk and makes automatic decisions");
      }
      if (launch.customerFacingOutput === true && isBlank(launch.reviewPath)) {
        reasons.push("its output reaches customers with no review path");
      }
      if (reasons.length === 0) return [];
      return [{ target: "answers.firstLaunch", message: `The first launch is a poor first candidate: ${reasons.join("; ")}.` }];
    },
  },
];
