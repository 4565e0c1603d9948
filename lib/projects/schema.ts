import { z } from "zod";
import { formRowId, formText } from "@/lib/forms/text-field";
import { SYSTEMS } from "@/lib/readiness";

const name = formText({ error: "Enter a name." })
  .trim()
  .min(1, { error: "Enter a name." })
  .max(120, { error: "Use at most 120 characters." });
const description = formText().trim().max(2000, { error: "Use at most 2,000 characters." }).default("");
// A checkbox group posts nothing, one string, or a list.
const systems = z
  .union([z.enum(SYSTEMS), z.array(z.enum(SYSTEMS))], { error: "Choose systems from the list." })
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? [...new Set(value)] : [value]));
/** The owner picker's "No owner yet" choice (a select cannot post an empty value). */
export const NO_OWNER_VALUE = "__none";
const ownerId = z
  .union([z.literal(""), formRowId()])
  .optional()
  .transform((v) => (v && v !== NO_OWNER_VALUE ? v : null));
const projectId = formRowId("Missing project id.");

export const createProjectSchema = z.object({ name, description, systems, ownerId }).strict();
export const updateProjectSchema = z.object({ projectId, name, description, systems, ownerId }).strict();
export const projectIdSchema = z.object({ projectId }).strict();

export type ProjectFields = z.infer<typeof createProjectSchema>;
