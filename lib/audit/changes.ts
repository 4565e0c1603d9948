import { z } from "zod";

/** A value as an audit event stores it: JSON, so the history shows what was there, not a live object. */
export type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue };

/** Field → its value before and after the change; null where there was none. */
export type AuditChanges = Record<string, { before: AuditValue; after: AuditValue }>;

// JSON drops an undefined value with its key, so a side that was never set may be missing: it reads as null.
const side = z
  .json()
  .optional()
  .transform((value) => value ?? null);
const changesSchema = z.record(z.string(), z.object({ before: side, after: side }));

/**
 * The `changes` column of an audit event, read back. Every writer goes through recordAudit
 * (or the autosave's statement, with the same shape), so anything else was changed behind
 * the app: it throws rather than showing a history that is not what was recorded.
 */
export function readAuditChanges(stored: unknown): AuditChanges {
  const parsed = changesSchema.safeParse(stored ?? {});
  if (!parsed.success)
    throw new Error(`Stored audit changes are invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}
