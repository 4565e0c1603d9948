/**
 * Q6 — a test set built from messy real cases, each with an expected behaviour, none
 * failing, and a legal or refund-risk case when actions touch revenue or consent
 * (seed 000 §6).
 */
import { ENUM_LABELS } from "../framework/enum-labels";
import { inlineLabel, isBlank, plural } from "../engine/text";
import type { TestCaseRow } from "../schema/assessment";
import { describeTestCase, touchesHighRisk } from "./describe";
import { rowHits } from "./rows";
import type { RuleId } from "./ids";
import type { RuleDefinition, RuleHit } from "./types";

const SOURCE = "000 §6 How will the integration be tested with real edge cases?";
export const MIN_TEST_CASES = 5;

function caseHits(
  rows: readonly TestCaseRow[] | undefined,
  applies: (row: TestCaseRow) => boolean,
  message: (row: TestCaseRow) => string,
): RuleHit[] {
  return rowHits(rows, "testCases", applies, message);
}

export const TEST_CASE_RULES: readonly RuleDefinition<RuleId>[] = [
  {
    id: "TEST_CASE_NO_EXPECTATION",
    severity: "blocker",
    question: "testCases",
    requires: ["testCases"],
    stage: 1,
    title: "Test case without expected behaviour",
    source: SOURCE,
    remediation: "Write the behaviour the integration must show for this case; safe and consistent is enough.",
    check: (document) =>
      caseHits(
        document.answers?.testCases,
        (row) => isBlank(row.expectedBehavior),
        (row) => `${describeTestCase(row)} has no expected behaviour, so nobody can say whether it passed.`,
      ),
  },
  {
    id: "TEST_CASE_FAILING",
    severity: "blocker",
    question: "testCases",
    requires: ["testCases"],
    stage: 1,
    title: "Test case failing",
    source: SOURCE,
    remediation:
      "Fix the integration until this case passes, or narrow the launch scope so the case cannot occur; do not launch with a known failure.",
    check: (document) =>
      caseHits(
        document.answers?.testCases,
        (row) => row.status === "fail",
        (row) => {
          const category = row.category === undefined ? "" : ` (${inlineLabel(ENUM_LABELS.category[row.category])})`;
          return `${describeTestCase(row)}${category} is failing.`;
        },
      ),
  },
  {
    id: "THIN_TEST_SET",
    severity: "warning",
    question: "testCases",
    requires: ["testCases"],
    stage: 1,
    title: "Thin test set",
    source: SOURCE,
    remediation:
      "Add cases from messy real records until there are at least five, including a legal or refund-risk case whenever actions touch revenue, compliance, customer experience, pricing, contracts or consent.",
    check: (document, context) => {
      const cases = document.answers?.testCases ?? [];
      const problems: string[] = [];
      if (cases.length < MIN_TEST_CASES) {
        problems.push(`it has ${plural(cases.length, "case", "cases")} where at least ${MIN_TEST_CASES} are needed`);
      }
      // The legal-case condition needs Q5 answered as well as Q6.
      if (context.answered.actions) {
        const risky = (document.answers?.actions ?? []).filter(touchesHighRisk).length;
        const covered = cases.some((row) => row.category === "legal_or_refund_risk");
        if (risky > 0 && !covered) {
          problems.push(
            `${plural(risky, "action touches", "actions touch")} revenue, compliance, customer experience, pricing, contracts or consent, yet no case covers legal or refund risk`,
          );
        }
      }
      if (problems.length === 0) return [];
      return [{ target: "answers.testCases", message: `The test set is thin: ${problems.join("; ")}.` }];
    },
  },
];
