/**
 * The shape of a rule. Rules are data: metadata plus a pure `check`. The engine decides
 * when a rule runs (only once every question in `requires` is answered) and turns each
 * hit into a finding with the rule's id, severity, source and remediation.
 */
import type { Severity } from "../enums";
import type { AreaKey, PlanSectionKey, QuestionKey, Track } from "../keys";
import type { AssessmentDocumentV2 } from "../schema/assessment-v2";
import type { AnyRuleId } from "./ids";

/**
 * What rules read: a v2 document whatever its format string (a v1 document is one
 * without the plan and the new action fields, so every v1 document fits).
 */
export type JudgedDocument = Omit<AssessmentDocumentV2, "format"> & { format: string };

export interface RuleHit {
  /** Dotted path of the offending field or row. */
  target: string;
  /** Specific, human, names the thing; never mentions row indices. */
  message: string;
  /** Overrides the rule's remediation when the fix depends on the hit. */
  remediation?: string;
}

/** What a stage-2 rule may read of a stage-1 finding (a v1 or a v2 finding). */
export interface PriorFinding {
  ruleId: AnyRuleId;
  severity: Severity;
  target: string;
}

export interface RuleContext {
  answered: Readonly<Record<QuestionKey, boolean>>;
  /**
   * Plan sections answered (a section declared not applicable counts as answered). All
   * false under ruleset 1.0.0, which never looks at the plan.
   */
  planAnswered: Readonly<Record<PlanSectionKey, boolean>>;
  /** Findings of all stage-1 rules; empty while stage-1 rules run. */
  priorFindings: readonly PriorFinding[];
  /**
   * Stage-1 blockers per question their target points into (what `locateTarget` would
   * say; the engine counts them while it creates the findings, so stage-2 rules need not
   * re-parse every target). Score findings target no question and are never counted.
   */
  blockersPerQuestion: ReadonlyMap<QuestionKey, number>;
  /**
   * Stage-1 blockers per plan section their target points into (2.0.0 only; absent or
   * empty under 1.0.0). Used by SCORE_CONTRADICTS_ANSWERS under 2.0.0's wider coverage.
   */
  blockersPerPlanSection?: ReadonlyMap<PlanSectionKey, number>;
}

/** `Id` narrows to the ids of one ruleset where the caller needs it (1.0.0 output). */
export interface RuleDefinition<Id extends AnyRuleId = AnyRuleId> {
  id: Id;
  severity: Severity;
  /** The question the rule is about; absent for score rules and plan rules. */
  question?: QuestionKey;
  /** The plan section the rule is about (2.0.0 plan rules); its target lies inside it. */
  planSection?: PlanSectionKey;
  /** Questions that must be answered before the rule applies. */
  requires: readonly QuestionKey[];
  /**
   * Plan sections that must be answered before the rule applies. A rule does not run
   * when its `planSection` or any of these is declared not applicable. Empty-section
   * rules (NO_WORKFLOW_MAP …) leave their own section out of this list.
   */
  requiresPlan?: readonly PlanSectionKey[];
  /** The 90-day plan track of its findings (seed 002); the engine derives it for v1 rules. */
  track?: Track;
  /** Stage 2 rules see the findings of stage 1 (SCORE_CONTRADICTS_ANSWERS). */
  stage: 1 | 2;
  title: string;
  /**
   * One sentence saying when the rule fires, for the rule catalogue and `--explain`
   * (optional: where absent, the title says it).
   */
  when?: string;
  /** Seed section the rule derives from. */
  source: string;
  remediation: string;
  check: (document: JudgedDocument, context: RuleContext) => RuleHit[];
}

export interface Rule<Id extends AnyRuleId = AnyRuleId> extends RuleDefinition<Id> {
  /** The area covering `question`; absent for score rules (their area is the target). */
  area?: AreaKey;
}
