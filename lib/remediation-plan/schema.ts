/** The remediation plan's form inputs, validated with zod at the boundary; errors name the field. */
import { z } from "zod";
import { formRowId, formText } from "@/lib/forms/text-field";
import { isCalendarDate } from "@/lib/readiness";
import { ITEM_STATUSES } from "@/lib/remediation/types";

// Like every long form field (a project description): 2,000 characters.
export const MAX_NOTES = 2_000;

const calendarDate = formText({ error: "Enter a date." })
  .trim()
  .refine((value) => isCalendarDate(value), { error: "Enter a real date (YYYY-MM-DD)." });
const projectId = formRowId("Missing project id.");
/** A checkbox posts "on" when ticked and nothing when not. */
const checkbox = z
  .literal("on", { error: "Tick the box or leave it empty." })
  .optional()
  .transform((v) => v === "on");

export const createPlanSchema = z.strictObject({ projectId, startDate: calendarDate, includeInfo: checkbox });
export const setStartSchema = z.strictObject({ projectId, startDate: calendarDate });

/** The assignee picker's "Nobody" choice. */
export const UNASSIGNED = "__nobody";

/** What a person changes on one item; the revision they started from guards against lost updates. */
export const itemUpdateSchema = z.strictObject({
  projectId,
  itemId: formRowId("Missing item id."),
  baseRevision: z.coerce.number({ error: "Missing revision." }).int().min(0).max(2_000_000_000),
  status: z.enum(ITEM_STATUSES, { error: "Choose open, in progress or done." }),
  assigneeId: z
    .union([z.literal(UNASSIGNED), formRowId("Choose a member of this organization.")])
    .transform((v) => (v === UNASSIGNED ? null : v)),
  dueDate: calendarDate,
  notes: formText()
    .max(MAX_NOTES, { error: `Keep notes under ${MAX_NOTES.toLocaleString("en")} characters.` })
    .default(""),
});

export type ItemUpdate = z.infer<typeof itemUpdateSchema>;
