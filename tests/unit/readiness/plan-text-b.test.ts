/**
 * Wording of six plan sections (exceptions, access controls, rollout, KPIs, ROI, enablement)
 * and the enum labels they bring: complete against the schema at run time, not only in
 * types, with no two fields or values sharing a label.
 */
import { describe, expect, it } from "vitest";
import {
  EXCEPTION_CASES,
  EXCEPTION_HANDLING,
  KPI_DIRECTIONS,
  KPI_KINDS,
  REVIEW_CADENCES,
  ROLLOUT_STAGES,
  SYNC_AUDIT_LOG_KINDS,
} from "@/lib/readiness/enums";
import { LIST_PLAN_SECTION_KEYS, type PlanSectionKey } from "@/lib/readiness/keys";
import type { PlanSectionText } from "@/lib/readiness/framework/plan-section-text";
import { ACCESS_CONTROLS_TEXT } from "@/lib/readiness/framework/plan-text/access-controls";
import { ENABLEMENT_TEXT, REVIEW_CADENCE_LABELS } from "@/lib/readiness/framework/plan-text/enablement";
import { EXCEPTIONS_TEXT, EXCEPTION_CASE_LABELS, EXCEPTION_HANDLING_LABELS } from "@/lib/readiness/framework/plan-text/exceptions";
import { KPIS_TEXT, KPI_DIRECTION_LABELS, KPI_KIND_LABELS } from "@/lib/readiness/framework/plan-text/kpis";
import { ROI_TEXT } from "@/lib/readiness/framework/plan-text/roi";
import { ROLLOUT_STAGE_LABELS, ROLLOUT_TEXT } from "@/lib/readiness/framework/plan-text/rollout";
import { SYNC_AUDIT_LOG_KIND_LABELS } from "@/lib/readiness/framework/plan-text/write-audit";
import {
  accessControlsSchema,
  enablementSchema,
  exceptionRowSchema,
  kpiRowSchema,
  roiSchema,
  rolloutPhaseSchema,
} from "@/lib/readiness/schema/assessment-v2";

const SECTIONS: ReadonlyArray<readonly [PlanSectionKey, PlanSectionText, { shape: Record<string, unknown> }]> = [
  ["exceptions", EXCEPTIONS_TEXT, exceptionRowSchema],
  ["accessControls", ACCESS_CONTROLS_TEXT, accessControlsSchema],
  ["rollout", ROLLOUT_TEXT, rolloutPhaseSchema],
  ["kpis", KPIS_TEXT, kpiRowSchema],
  ["roi", ROI_TEXT, roiSchema],
  ["enablement", ENABLEMENT_TEXT, enablementSchema],
];

const LISTS: ReadonlySet<string> = new Set(LIST_PLAN_SECTION_KEYS);

function distinct(values: readonly string[]): number {
  return new Set(values.map((value) => value.toLowerCase())).size;
}

describe.each(SECTIONS)("the %s section's wording", (key, text, schema) => {
  it("is keyed and shaped like the section", () => {
    expect(text.key).toBe(key);
    expect(text.shape).toBe(LISTS.has(key) ? "rows" : "form");
  });

  it("says why and what good looks like, with seed sources in the rules' style", () => {
    for (const prose of [text.title, text.why, text.goodAnswer]) expect(prose.trim().length).toBeGreaterThan(5);
    for (const part of text.source.split("; ")) expect(part).toMatch(/^00[0-4] §\S/);
  });

  it("labels and explains every field of the schema, each label once", () => {
    expect(Object.keys(text.fields).sort()).toEqual(Object.keys(schema.shape).sort());
    const labels = Object.values(text.fields).map((field) => field.label);
    expect(distinct(labels)).toBe(labels.length);
    for (const field of Object.values(text.fields)) {
      expect(field.label.trim()).not.toBe("");
      expect(field.help).toMatch(/\S.*[.)]$/);
    }
  });
});

describe.each([
  ["exception cases", EXCEPTION_CASES, EXCEPTION_CASE_LABELS],
  ["exception handling", EXCEPTION_HANDLING, EXCEPTION_HANDLING_LABELS],
  ["rollout stages", ROLLOUT_STAGES, ROLLOUT_STAGE_LABELS],
  ["KPI kinds", KPI_KINDS, KPI_KIND_LABELS],
  ["KPI directions", KPI_DIRECTIONS, KPI_DIRECTION_LABELS],
  ["review cadences", REVIEW_CADENCES, REVIEW_CADENCE_LABELS],
  ["sync-audit log kinds", SYNC_AUDIT_LOG_KINDS, SYNC_AUDIT_LOG_KIND_LABELS],
] as const)("labels of %s", (_name, values, labels) => {
  it("name every value, in enum order, no two alike", () => {
    expect(Object.keys(labels)).toEqual([...values]);
    const texts: string[] = Object.values(labels);
    expect(distinct(texts)).toBe(values.length);
    for (const label of texts) expect(label).toMatch(/^[A-Z]/);
  });
});
