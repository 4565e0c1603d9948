/**
 * The rule engine: `evaluate(document, { ruleset })`. Pure and deterministic: no I/O, no
 * clock, no randomness; safe to run in the browser on every keystroke. Every released
 * ruleset stays runnable:
 *
 * - `"1.0.0"` → `preflight.evaluation/v1`, exactly as before 2.0.0 existed: a v2
 *   document is judged by its v1 parts, blank rows count, sources are the legacy strings.
 * - `"2.0.0"` (the default) → `preflight.evaluation/v2`: blank rows are removed first
 *   (compact.ts) and targets mapped back; the plan is judged (plan.ts); findings carry a
 *   track and a readable source; completeness counts the plan; the ROI block is added.
 *
 * Both: stage-1 rules whose requirements hold run first, then stage-2 rules
 * (SCORE_CONTRADICTS_ANSWERS), which see the stage-1 blockers per question (and, under
 * 2.0.0, per plan section). Verdict: blocked if any blocker; else incomplete while a
 * question is unanswered or an area unscored (plan sections never make it incomplete);
 * else ready.
 */
import type { Severity, Verdict } from "../enums";
import {
  EVALUATION_FORMAT,
  EVALUATION_FORMAT_V2,
  LATEST_RULESET_VERSION,
  PLAN_SECTION_KEYS,
  QUESTION_KEYS,
  type PlanSectionKey,
  type QuestionKey,
  type RulesetVersion,
  type Track,
} from "../keys";
import type { Evaluation, Finding } from "../schema/evaluation";
import type { EvaluationV2, FindingV2 } from "../schema/evaluation-v2";
import type { AnyRuleId, RuleId } from "../rules/ids";
import { RULESETS, type RulesetRule } from "../rules/rulesets";
import type { JudgedDocument, RuleContext } from "../rules/types";
import { answeredQuestions } from "./answered";
import { compactDocument, remapTarget } from "./compact";
import { locateTarget } from "./locate";
import { sortFindings } from "./order";
import { notApplicableSections, planAnsweredMap, withoutNotApplicable } from "./plan";
import { roiFigures, roundRoi } from "./roi";
import { completenessOf, completenessV2Of, readinessIndex } from "./scoring";
import { v1Parts } from "./v1-parts";

export interface EvaluateOptions {
  /** The ruleset to judge with; the newest (2.0.0) when absent. */
  ruleset?: RulesetVersion;
}

/**
 * The one rule that looks at a section declared not applicable: it runs on the document
 * before that content is dropped (blank rows already removed, so an empty "Add row" is
 * not content). Every other rule sees the section as empty.
 */
const SEES_NOT_APPLICABLE_CONTENT: ReadonlySet<string> = new Set(["NA_SECTION_HAS_CONTENT"]);

// Ruleset 1.0.0 never looks at the plan.
const NO_PLAN = Object.fromEntries(PLAN_SECTION_KEYS.map((key) => [key, false])) as Record<PlanSectionKey, boolean>;
const NO_BLOCKERS: ReadonlyMap<QuestionKey, number> = new Map();
const NO_SECTION_BLOCKERS: ReadonlyMap<PlanSectionKey, number> = new Map();
const NONE_DECLARED: ReadonlySet<PlanSectionKey> = new Set();

/**
 * What the engine reads of a rule, in one fixed shape. A ruleset's rules are spreads of
 * definitions with different optional fields, so they have many hidden classes and every
 * read of `rule.severity`, `rule.requires` … in the loop below was a megamorphic lookup
 * (about a third of evaluating blocked.json). Copied once per ruleset at module load into
 * objects of one shape, those reads are monomorphic.
 */
interface EngineRule {
  id: AnyRuleId;
  severity: Severity;
  question: QuestionKey | null;
  planSection: PlanSectionKey | null;
  /** `requires` as a bit mask (QUESTION_BIT): one test per rule instead of a loop of keyed reads. */
  requiresMask: number;
  /** `requiresPlan` as a bit mask (PLAN_SECTION_BIT); 0 when the rule requires no plan section. */
  requiresPlanMask: number;
  /** The bit of `planSection`, 0 when the rule has none. */
  planSectionBit: number;
  remediation: string;
  /** As written ("004 §…"): ruleset 1.0.0's findings carry this. */
  source: string;
  /** Readable: ruleset 2.0.0's findings carry this. */
  readableSource: string;
  track: Track;
  /** The one rule that judges the document before not-applicable content is dropped. */
  seesNotApplicableContent: boolean;
  check: RulesetRule["check"];
}

const QUESTION_BIT = Object.fromEntries(QUESTION_KEYS.map((key, index) => [key, 1 << index])) as Record<QuestionKey, number>;
const PLAN_SECTION_BIT = Object.fromEntries(PLAN_SECTION_KEYS.map((key, index) => [key, 1 << index])) as Record<PlanSectionKey, number>;

function maskOf<Key extends string>(keys: readonly Key[], bits: Readonly<Record<Key, number>>): number {
  let mask = 0;
  for (const key of keys) mask |= bits[key];
  return mask;
}

/** The keys whose flag is true, as a bit mask. */
function flagMask<Key extends string>(
  keys: readonly Key[],
  flags: Readonly<Record<Key, boolean>>,
  bits: Readonly<Record<Key, number>>,
): number {
  let mask = 0;
  for (const key of keys) if (flags[key]) mask |= bits[key];
  return mask;
}

function engineRule(rule: RulesetRule): EngineRule {
  return {
    id: rule.id,
    severity: rule.severity,
    question: rule.question ?? null,
    planSection: rule.planSection ?? null,
    requiresMask: maskOf(rule.requires, QUESTION_BIT),
    requiresPlanMask: maskOf(rule.requiresPlan ?? [], PLAN_SECTION_BIT),
    planSectionBit: rule.planSection === undefined ? 0 : PLAN_SECTION_BIT[rule.planSection],
    remediation: rule.remediation,
    source: rule.source,
    readableSource: rule.readableSource,
    track: rule.track,
    seesNotApplicableContent: SEES_NOT_APPLICABLE_CONTENT.has(rule.id),
    check: rule.check,
  };
}

type Stages = [readonly EngineRule[], readonly EngineRule[]];

function stages(rules: readonly RulesetRule[]): Stages {
  const all = rules.map(engineRule);
  return [all.filter((_, index) => rules[index]?.stage === 1), all.filter((_, index) => rules[index]?.stage === 2)];
}

const STAGES: Readonly<Record<RulesetVersion, Stages>> = {
  "1.0.0": stages(RULESETS["1.0.0"].rules),
  "2.0.0": stages(RULESETS["2.0.0"].rules),
};

function verdictOf(blocked: boolean, complete: boolean): Verdict {
  if (blocked) return "blocked";
  return complete ? "ready" : "incomplete";
}

/** Every question the rule requires is answered (`answered`: the mask of answered questions). */
function questionsRequired(rule: EngineRule, answered: number): boolean {
  return (rule.requiresMask & ~answered) === 0;
}

// ---------------------------------------------------------------------------------------
// 1.0.0

interface V1StageResult {
  findings: Finding[];
  blockersPerQuestion: Map<QuestionKey, number>;
}

function runV1(rules: readonly EngineRule[], document: JudgedDocument, context: RuleContext): V1StageResult {
  const findings: Finding[] = [];
  const blockersPerQuestion = new Map<QuestionKey, number>();
  const answered = flagMask(QUESTION_KEYS, context.answered, QUESTION_BIT);
  for (const rule of rules) {
    if (!questionsRequired(rule, answered)) continue;
    for (const hit of rule.check(document, context)) {
      findings.push({
        ruleId: rule.id as RuleId,
        severity: rule.severity,
        target: hit.target,
        message: hit.message,
        remediation: hit.remediation ?? rule.remediation,
        source: rule.source,
      });
      // Every rule with a question targets that question's answers (a unit test checks
      // this against locateTarget), so the rule's question is the finding's question.
      const question = rule.question !== null ? rule.question : locateTarget(hit.target).question;
      if (rule.severity === "blocker" && question !== null) {
        blockersPerQuestion.set(question, (blockersPerQuestion.get(question) ?? 0) + 1);
      }
    }
  }
  return { findings, blockersPerQuestion };
}

function evaluateV1(input: JudgedDocument): Evaluation {
  const document = v1Parts(input);
  const [stageOne, stageTwo] = STAGES["1.0.0"];
  const answered = answeredQuestions(document);
  const planAnswered = NO_PLAN;
  const first = runV1(stageOne, document, { answered, planAnswered, priorFindings: [], blockersPerQuestion: NO_BLOCKERS });
  const second = runV1(stageTwo, document, {
    answered,
    planAnswered,
    priorFindings: first.findings,
    blockersPerQuestion: first.blockersPerQuestion,
  });
  const findings = sortFindings([...first.findings, ...second.findings]);
  const completeness = completenessOf(document, answered);
  const complete = completeness.questionsAnswered === completeness.questionsTotal && completeness.areasScored === completeness.areasTotal;
  return {
    format: EVALUATION_FORMAT,
    rulesetVersion: "1.0.0",
    verdict: verdictOf(
      findings.some((finding) => finding.severity === "blocker"),
      complete,
    ),
    readinessIndex: readinessIndex(document),
    completeness,
    findings,
  };
}

// ---------------------------------------------------------------------------------------
// 2.0.0

interface V2StageResult {
  findings: FindingV2[];
  blockersPerQuestion: Map<QuestionKey, number>;
  blockersPerPlanSection: Map<PlanSectionKey, number>;
}

interface V2Documents {
  /** Blank rows removed, sections declared not applicable emptied: what rules judge. */
  judged: JudgedDocument;
  /** Blank rows removed, everything else as written (for NA_SECTION_HAS_CONTENT). */
  compacted: JudgedDocument;
  notApplicable: ReadonlySet<PlanSectionKey>;
}

/**
 * The rule's own section is not declared not applicable, and every section it requires is
 * answered and not declared (masks of PLAN_SECTION_BIT: `planAnswered`, `notApplicable`).
 */
function planRequired(rule: EngineRule, planAnswered: number, notApplicable: number): boolean {
  return (rule.planSectionBit & notApplicable) === 0 && (rule.requiresPlanMask & (notApplicable | ~planAnswered)) === 0;
}

function runV2(rules: readonly EngineRule[], documents: V2Documents, context: RuleContext): V2StageResult {
  const findings: FindingV2[] = [];
  const blockersPerQuestion = new Map<QuestionKey, number>();
  const blockersPerPlanSection = new Map<PlanSectionKey, number>();
  const answered = flagMask(QUESTION_KEYS, context.answered, QUESTION_BIT);
  const planAnswered = flagMask(PLAN_SECTION_KEYS, context.planAnswered, PLAN_SECTION_BIT);
  let notApplicable = 0;
  for (const section of documents.notApplicable) notApplicable |= PLAN_SECTION_BIT[section];
  for (const rule of rules) {
    if (!questionsRequired(rule, answered) || !planRequired(rule, planAnswered, notApplicable)) continue;
    const document = rule.seesNotApplicableContent ? documents.compacted : documents.judged;
    for (const hit of rule.check(document, context)) {
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        target: hit.target,
        message: hit.message,
        remediation: hit.remediation ?? rule.remediation,
        source: rule.readableSource,
        track: rule.track,
      });
      if (rule.severity !== "blocker") continue;
      // A rule about a question targets its answers and a plan rule its section (unit
      // tests check both against locateTarget); only score rules need their target read.
      const located = rule.question === null && rule.planSection === null ? locateTarget(hit.target) : null;
      const question = rule.question ?? located?.question ?? null;
      const section = rule.planSection ?? located?.planSection ?? null;
      if (question !== null) blockersPerQuestion.set(question, (blockersPerQuestion.get(question) ?? 0) + 1);
      if (section !== null) blockersPerPlanSection.set(section, (blockersPerPlanSection.get(section) ?? 0) + 1);
    }
  }
  return { findings, blockersPerQuestion, blockersPerPlanSection };
}

/**
 * Ruleset 2.0.0's procedure over any list of rules (the engine passes 2.0.0's; tests pass
 * small made-up rules to pin the procedure down independently of the rules themselves).
 */
export function evaluateWithRules(document: JudgedDocument, rules: readonly RulesetRule[]): EvaluationV2 {
  return evaluateV2(document, stages(rules));
}

function evaluateV2(document: JudgedDocument, [stageOne, stageTwo]: Stages): EvaluationV2 {
  const { document: compacted, rowMaps } = compactDocument(document);
  const notApplicableList = notApplicableSections(compacted);
  const notApplicable = notApplicableList.length === 0 ? NONE_DECLARED : new Set(notApplicableList);
  const judged = withoutNotApplicable(compacted, notApplicableList);
  const documents: V2Documents = { judged, compacted, notApplicable };

  const answered = answeredQuestions(judged);
  const planAnswered = planAnsweredMap(judged, notApplicableList);
  const first = runV2(stageOne, documents, {
    answered,
    planAnswered,
    priorFindings: [],
    blockersPerQuestion: NO_BLOCKERS,
    blockersPerPlanSection: NO_SECTION_BLOCKERS,
  });
  const second = runV2(stageTwo, documents, {
    answered,
    planAnswered,
    priorFindings: first.findings,
    blockersPerQuestion: first.blockersPerQuestion,
    blockersPerPlanSection: first.blockersPerPlanSection,
  });
  const all = first.findings;
  for (const finding of second.findings) all.push(finding);
  if (rowMaps.size > 0) for (const finding of all) finding.target = remapTarget(finding.target, rowMaps);
  const findings = sortFindings(all);
  const completeness = completenessV2Of(judged, answered, planAnswered, notApplicableList);
  const complete = completeness.questionsAnswered === completeness.questionsTotal && completeness.areasScored === completeness.areasTotal;
  const roi = roiFigures(judged.plan?.roi);
  return {
    format: EVALUATION_FORMAT_V2,
    rulesetVersion: "2.0.0",
    verdict: verdictOf(
      findings.some((finding) => finding.severity === "blocker"),
      complete,
    ),
    readinessIndex: readinessIndex(judged),
    completeness,
    roi: roi === null ? null : roundRoi(roi),
    findings,
  };
}

// ---------------------------------------------------------------------------------------

/** Ruleset 1.0.0: today's `preflight.evaluation/v1`, unchanged. */
export function evaluate(document: JudgedDocument, options: { ruleset: "1.0.0" }): Evaluation;
/** Ruleset 2.0.0 (the default): `preflight.evaluation/v2`. */
export function evaluate(document: JudgedDocument, options?: { ruleset?: "2.0.0" }): EvaluationV2;
export function evaluate(document: JudgedDocument, options?: EvaluateOptions): Evaluation | EvaluationV2;
export function evaluate(document: JudgedDocument, options?: EvaluateOptions): Evaluation | EvaluationV2 {
  const ruleset = options?.ruleset ?? LATEST_RULESET_VERSION;
  return ruleset === "1.0.0" ? evaluateV1(document) : evaluateV2(document, STAGES["2.0.0"]);
}
