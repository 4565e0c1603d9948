/**
 * The shape of a rule. Rules are data: metadata plus a pure `check`. The engine decides
 * when a rule runs (only once every question in `requires` is answered) and turns each
 * hit into a finding with the rule's id, severity, source and remediation.
 */
import type { Severity } from "../enums";
import type { AreaKey, QuestionKey } from "../keys";
import type { AssessmentDocument } from "../schema/assessment";
import type { Finding } from "../schema/evaluation";
import type { RuleId } from "./ids";

export interface RuleHit {
  /** Dotted path of the offending field or row. */
  target: string;
  /** Specific, human, names the thing; never mentions row indices. */
  message: string;
  /** Overrides the rule's remediation when the fix depends on the hit. */
  remediation?: string;
}

export interface RuleContext {
  answered: Readonly<Record<QuestionKey, boolean>>;
  /** Findings of all stage-1 rules; empty while stage-1 rules run. */
  priorFindings: readonly Finding[];
  /**
   * Stage-1 blockers per question their target points into (what `locateTarget` would
   * say; the engine counts them while it creates the findings, so stage-2 rules need not
   * re-parse every target). Score findings target no question and are never counted.
   */
  blockersPerQuestion: ReadonlyMap<QuestionKey, number>;
}

export interface RuleDefinition {
  id: RuleId;
  severity: Severity;
  /** The question the rule is about; absent for score rules. */
  question?: QuestionKey;
  /** Questions that must be answered before the rule applies. */
  requires: readonly QuestionKey[];
  /** Stage 2 rules see the findings of stage 1 (SCORE_CONTRADICTS_ANSWERS). */
  stage: 1 | 2;
  title: string;
  /** Seed section the rule derives from. */
  source: string;
  remediation: string;
  check: (document: AssessmentDocument, context: RuleContext) => RuleHit[];
}

export interface Rule extends RuleDefinition {
  /** The area covering `question`; absent for score rules (their area is the target). */
  area?: AreaKey;
}
