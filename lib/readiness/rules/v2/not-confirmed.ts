/**
 * Shared by ACCESS_CONTROL_GAPS and ENABLEMENT_GAPS: the checklist fields of a plan form
 * that are not `true`, as inline labels in the given (enum) order. A missing boolean is not
 * `true`, so a control or duty nobody confirmed counts as missing.
 */
import { inlineLabel } from "../../engine/text";
import type { FieldText } from "../../framework/fields";

export function notConfirmed<Field extends string>(
  form: Readonly<Partial<Record<Field, unknown>>>,
  fields: readonly Field[],
  text: Readonly<Record<Field, FieldText>>,
): string[] {
  return fields.filter((field) => form[field] !== true).map((field) => inlineLabel(text[field].label));
}
