/**
 * Ruleset 1.0.0 judges a v2 document by its v1 parts: the plan, the new action-contract
 * fields and the sync-audit log kinds are left out, so 1.0.0 sees exactly the v1 document
 * it would have seen before format v2 existed. A v1 document is returned as it is.
 */
import { LOG_KINDS } from "../enums";
import { ASSESSMENT_FORMAT } from "../keys";
import type { ActionRowV2 } from "../schema/assessment-v2";
import type { JudgedDocument } from "../rules/types";

const V1_LOG_KINDS: ReadonlySet<string> = new Set(LOG_KINDS);

function v1Action(row: ActionRowV2): ActionRowV2 {
  const {
    riskTier: _riskTier,
    requiredInputs: _requiredInputs,
    validations: _validations,
    expectedOutput: _expectedOutput,
    failureModes: _failureModes,
    rollback: _rollback,
    rollbackPlan: _rollbackPlan,
    credentialScope: _credentialScope,
    trigger: _trigger,
    marksAiValues: _marksAiValues,
    ...v1
  } = row;
  return v1;
}

export function v1Parts(document: JudgedDocument): JudgedDocument {
  if (document.format === ASSESSMENT_FORMAT) return document;
  const { plan: _plan, ...rest } = document;
  const answers = document.answers;
  if (answers === undefined) return rest;
  const captured = answers.logs?.captured;
  return {
    ...rest,
    answers: {
      ...answers,
      ...(answers.actions === undefined ? {} : { actions: answers.actions.map(v1Action) }),
      ...(answers.logs === undefined || captured === undefined
        ? {}
        : { logs: { ...answers.logs, captured: captured.filter((kind) => V1_LOG_KINDS.has(kind)) } }),
    },
  };
}
