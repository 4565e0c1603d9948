/**
 * One CSV cell (RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled).
 * A string a spreadsheet would run as a formula (= + - @, tab, carriage return) gets a
 * leading apostrophe (CSV injection); numbers are data and stay as they are. Pure.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as a CSV document: comma-separated, CRLF after every record (the last one too). */
export function csvDocument(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + (rows.length === 0 ? "" : "\r\n");
}
