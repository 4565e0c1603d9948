/**
 * The rule engine: `evaluate(document)` → `preflight.evaluation/v1`. Pure and
 * deterministic: no I/O, no clock, no randomness; safe to run in the browser on every
 * keystroke.
 *
 * 1. Work out which questions are answered (see answered.ts).
 * 2. Run stage-1 rules whose required questions are all answered, then stage-2 rules
 *    (SCORE_CONTRADICTS_ANSWERS), which see the stage-1 findings and the number of
 *    blockers on each question.
 * 3. Verdict: blocked if any blocker; else incomplete while a question is unanswered or
 *    an area unscored; else ready.
 */
import { EVALUATION_FORMAT, PLAN_SECTION_KEYS, RULESET_VERSION, type PlanSectionKey, type QuestionKey } from "../keys";
import type { AssessmentDocument } from "../schema/assessment";
import type { Evaluation, Finding } from "../schema/evaluation";
import type { Verdict } from "../enums";
import { RULES } from "../rules/registry";
import type { RuleId } from "../rules/ids";
import type { Rule, RuleContext } from "../rules/types";
import { answeredQuestions } from "./answered";
import { locateTarget } from "./locate";
import { sortFindings } from "./order";
import { completenessOf, readinessIndex } from "./scoring";

const STAGE_ONE = RULES.filter((rule) => rule.stage === 1);
const STAGE_TWO = RULES.filter((rule) => rule.stage === 2);
// Ruleset 1.0.0 never looks at the plan.
const NO_PLAN = Object.fromEntries(PLAN_SECTION_KEYS.map((key) => [key, false])) as Record<PlanSectionKey, boolean>;
const NO_BLOCKERS: ReadonlyMap<QuestionKey, number> = new Map();

interface StageResult {
  findings: Finding[];
  blockersPerQuestion: Map<QuestionKey, number>;
}

function run(rules: readonly Rule<RuleId>[], document: AssessmentDocument, context: RuleContext): StageResult {
  const findings: Finding[] = [];
  const blockersPerQuestion = new Map<QuestionKey, number>();
  for (const rule of rules) {
    if (!requirementsMet(rule, context)) continue;
    for (const hit of rule.check(document, context)) {
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        target: hit.target,
        message: hit.message,
        remediation: hit.remediation ?? rule.remediation,
        source: rule.source,
      });
      // Every rule with a question targets that question's answers (a unit test checks
      // this against locateTarget), so the rule's question is the finding's question.
      const question = locateQuestion(rule, hit.target);
      if (rule.severity === "blocker" && question !== null) {
        blockersPerQuestion.set(question, (blockersPerQuestion.get(question) ?? 0) + 1);
      }
    }
  }
  return { findings, blockersPerQuestion };
}

function requirementsMet(rule: Rule<RuleId>, context: RuleContext): boolean {
  for (const question of rule.requires) if (!context.answered[question]) return false;
  return true;
}

function locateQuestion(rule: Rule<RuleId>, target: string): QuestionKey | null {
  return rule.question ?? locateTarget(target).question;
}

export function evaluate(document: AssessmentDocument): Evaluation {
  const answered = answeredQuestions(document);
  const planAnswered = NO_PLAN;
  const first = run(STAGE_ONE, document, { answered, planAnswered, priorFindings: [], blockersPerQuestion: NO_BLOCKERS });
  const second = run(STAGE_TWO, document, {
    answered,
    planAnswered,
    priorFindings: first.findings,
    blockersPerQuestion: first.blockersPerQuestion,
  });
  const findings = sortFindings([...first.findings, ...second.findings]);
  const completeness = completenessOf(document, answered);

  let verdict: Verdict = "ready";
  if (findings.some((finding) => finding.severity === "blocker")) verdict = "blocked";
  else if (
    completeness.questionsAnswered < completeness.questionsTotal ||
    completeness.areasScored < completeness.areasTotal
  ) {
    verdict = "incomplete";
  }

  return {
    format: EVALUATION_FORMAT,
    rulesetVersion: RULESET_VERSION,
    verdict,
    readinessIndex: readinessIndex(document),
    completeness,
    findings,
  };
}
