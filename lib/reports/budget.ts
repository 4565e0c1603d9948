/**
 * The content budget of one PDF report (issue #13): a schema-valid draft may hold 2,000
 * rows in each list and 5,000 characters in a field, which rendered in full was a
 * 3,395-page PDF, 36 s and 4 GB. The report shows the first rows of each table and the
 * first places of each rule, says how many it left out and where they are (the
 * assessment's JSON export has every row), and refuses to render past a page count. Pure.
 */
export const TABLE_ROW_LIMIT = 200;
export const FINDINGS_PER_RULE_LIMIT = 50;
/** Above every report the row and findings limits allow with ordinary text; long fields can still get there. */
export const REPORT_PAGE_LIMIT = 300;

const number = new Intl.NumberFormat("en-US");

export function limitRows<Row>(rows: readonly Row[], limit: number): { shown: readonly Row[]; omitted: number } {
  return rows.length <= limit ? { shown: rows, omitted: 0 } : { shown: rows.slice(0, limit), omitted: rows.length - limit };
}

/** "…and 1,840 more rows, see the assessment's JSON export." */
export function omittedLine(omitted: number, what: "row" | "finding"): string {
  return `…and ${number.format(omitted)} more ${what}${omitted === 1 ? "" : "s"}, see the assessment's JSON export.`;
}

export function pageLimitMessage(pages: number): string {
  return `This report would have ${number.format(pages)} pages; a PDF report may have at most ${number.format(REPORT_PAGE_LIMIT)}. Shorten the longest answers, or use the assessment's JSON export, which has everything.`;
}
