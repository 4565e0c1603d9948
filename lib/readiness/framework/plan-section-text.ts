/**
 * The wording of one plan section of framework 2.0.0 (format v2), in the product's own
 * words written from the seeds: what the workspace shows above the section, the PDF and
 * the rule catalogue. Each section's text lives in `plan-text/<section>.ts`.
 */
import type { PlanSectionKey } from "../keys";
import type { FieldText } from "./fields";

export interface PlanSectionText {
  key: PlanSectionKey;
  title: string;
  /** Why the section matters, one or two sentences. */
  why: string;
  /** What a good section looks like. */
  goodAnswer: string;
  /** Whether the section is one form or a table of rows. */
  shape: "form" | "rows";
  /** Seed section(s) it derives from, in the rules' `source` style ("004 §…"). */
  source: string;
  /** Label and help for every field of a row (or of the form), typed against the schema. */
  fields: Readonly<Record<string, FieldText>>;
}
