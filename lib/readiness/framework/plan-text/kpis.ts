/** Wording of the KPI section (seeds 001 §8 and §10, 003): technical and operational measures with baselines. */
import type { KPI_DIRECTIONS, KPI_KINDS } from "../../enums";
import type { KpiRow } from "../../schema/assessment-v2";
import type { FieldText } from "../fields";
import type { PlanSectionText } from "../plan-section-text";

export const KPI_KIND_LABELS: Readonly<Record<(typeof KPI_KINDS)[number], string>> = {
  technical: "Technical",
  operational: "Operational",
};

export const KPI_DIRECTION_LABELS: Readonly<Record<(typeof KPI_DIRECTIONS)[number], string>> = {
  higher: "Higher is better",
  lower: "Lower is better",
};

const FIELDS: Readonly<Record<keyof Required<KpiRow>, FieldText>> = {
  name: { label: "KPI", help: "What is measured, e.g. “sync failure rate” or “ticket backlog older than 3 days”." },
  kind: {
    label: "Kind",
    help: "Technical (how the integration runs: failures, latency, duplicates) or operational (what the business sees: backlog, SLA, quality).",
  },
  unit: { label: "Unit", help: "How the number is read: %, minutes, records per day." },
  baseline: { label: "Baseline", help: "The value today, measured before the integration changes anything." },
  target: { label: "Target", help: "The value that counts as success." },
  better: { label: "Better is", help: "Whether a higher or a lower value is an improvement." },
  alertThreshold: { label: "Alert threshold", help: "The value at which someone is alerted, before the trend becomes an incident." },
  owner: { label: "Owner", help: "Who watches the KPI and acts when it moves the wrong way." },
};

export const KPIS_TEXT: PlanSectionText = {
  key: "kpis",
  title: "KPIs and monitoring",
  why: "Without a baseline nobody can show the integration helped, and system logs alone hide the business impact. Leaders need both kinds of numbers, side by side.",
  goodAnswer:
    "A few technical and a few operational KPIs, each with a baseline measured today, a target better than the baseline, an owner, and an alert threshold on the technical ones.",
  shape: "rows",
  source: "001 §8 Define Integration KPIs and Monitoring; 001 §10 Run Post-Go-Live Stabilization Reviews",
  fields: FIELDS,
};
