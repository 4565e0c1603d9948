/**
 * The shape of a row id (every table's id is a UUID). An id from a URL or a form that does
 * not have it cannot name a row, and is answered "not found" before any query: PostgreSQL
 * answers a NUL byte in a parameter with an error, not with no rows.
 */
export const ROW_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isRowId(value: unknown): value is string {
  return typeof value === "string" && ROW_ID_PATTERN.test(value);
}
