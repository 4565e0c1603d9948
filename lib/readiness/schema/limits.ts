/**
 * Size caps of the assessment document. They exist so that hostile or accidental input
 * (a 50 MB paste, a million rows) is rejected cleanly by the schema instead of reaching
 * the engine, the database or the PDF renderer. Real assessments sit far below them.
 */
export const LIMITS = {
  /** Names, owners, labels, audience roles. */
  shortText: 500,
  /** Descriptions, scenarios, expected behaviour, notes, scope, conflict rule, signal, store, purpose. */
  longText: 5000,
  /** Rows of any list section (objects, data sources, actions, test cases). */
  rows: 2000,
  /** Roles in one data source's output audience. */
  outputAudience: 50,
  /** Counts such as weekly volume and retention days. */
  count: 1_000_000_000,
} as const;

/** Caps that only format v2's plan has; its lists and texts share `LIMITS`. */
export const LIMITS_V2 = {
  /** Pairs in one status mapping's value map. */
  valueMapPairs: 500,
  /** Each of the five ROI figures. */
  roiAmount: 1_000_000_000,
  /** Length of the stabilization period (ten years). */
  stabilizationDays: 3650,
  /** The reason a plan section does not apply. */
  notApplicableReason: 500,
} as const;
