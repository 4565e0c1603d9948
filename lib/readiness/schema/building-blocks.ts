/**
 * The pieces every assessment schema (v1 and v2) is built from: storable text with its
 * size caps, whole-number counts, enum arrays without repeats, capped lists of rows.
 */
import { z } from "zod";
import { LIMITS } from "./limits";
import { TEXT_PROBLEM_MESSAGES, textProblem } from "./text";

/** Text that can be stored and shown: see `text.ts` for which characters are refused and why. */
export const storableText = () =>
  z.string().superRefine((value, ctx) => {
    const problem = textProblem(value);
    if (problem !== null) ctx.addIssue({ code: "custom", message: TEXT_PROBLEM_MESSAGES[problem] });
  });
export const shortText = storableText().max(LIMITS.shortText);
export const longText = storableText().max(LIMITS.longText);
const COUNT_PROBLEM = `expected a whole number from 0 to ${LIMITS.count}`;
export const count = z.int({ error: COUNT_PROBLEM }).min(0, { error: COUNT_PROBLEM }).max(LIMITS.count, { error: COUNT_PROBLEM });

/** An array of enum values in which each value appears at most once. */
export function uniqueEnumArray<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.enum(values))
    .max(values.length)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        if (seen.has(item)) {
          ctx.addIssue({ code: "custom", message: `"${item}" is listed twice`, path: [index] });
        }
        seen.add(item);
      });
    })
    .meta({ uniqueItems: true });
}

export function rows<T extends z.ZodType>(row: T) {
  return z.array(row).max(LIMITS.rows);
}
