/**
 * How messages name things: a row by its own content (never its index), an enum value by
 * its human label.
 */
import { CUSTOM_OBJECT_PREFIX, type ApprovalLevel, type SystemKey } from "../enums";
import { ENUM_LABELS } from "../framework/enum-labels";
import { hasText, inlineLabel, quote } from "../engine/text";
import type { ActionRow, DataSourceRow, SourceOfTruthRow, TestCaseRow } from "../schema/assessment";

export function systemLabel(system: SystemKey): string {
  return ENUM_LABELS.systems[system];
}

/** `Object "Account"`, `Custom object "Renewal quote"`, or a phrase for a row without one. */
export function describeObject(row: SourceOfTruthRow): string {
  const object = row.object;
  if (object === undefined) return "A source-of-truth row with no object";
  if (object.startsWith(CUSTOM_OBJECT_PREFIX)) return `Custom object ${quote(object.slice(CUSTOM_OBJECT_PREFIX.length))}`;
  const label = (ENUM_LABELS.objects as Readonly<Record<string, string>>)[object] ?? object;
  return `Object ${quote(label)}`;
}

export function describeDataSource(row: DataSourceRow): string {
  return hasText(row.name) ? `Data source ${quote(row.name)}` : "An unnamed data source";
}

export function describeAction(row: ActionRow): string {
  return hasText(row.name) ? `Action ${quote(row.name)}` : "An unnamed action";
}

export function describeTestCase(row: TestCaseRow): string {
  return hasText(row.scenario) ? `Test case ${quote(row.scenario)}` : "A test case with no scenario";
}

export function approvalText(approval: ApprovalLevel | undefined): string {
  return `approval: ${approval === undefined ? "not set" : inlineLabel(ENUM_LABELS.approval[approval])}`;
}

/** "Suggest" and "Draft" are the only levels with explicit human approval. */
export function hasExplicitApproval(row: ActionRow): boolean {
  return row.approval === "suggest" || row.approval === "draft";
}

/** Update and trigger change another system; the other kinds do not. */
export function isWriteAction(row: ActionRow): boolean {
  return row.kind === "update" || row.kind === "trigger";
}

export function touchesHighRisk(row: ActionRow): boolean {
  return row.touchesRevenueComplianceOrCx === true || row.touchesPricingContractsOrConsent === true;
}
