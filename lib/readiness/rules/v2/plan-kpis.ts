/** KPIs (plan.kpis): NO_KPIS and the four KPI rules (seeds 001 §8, 001 §10, 003). */
import { KPI_KINDS, type KpiDirection } from "../../enums";
import { hasText, inlineLabel, quote } from "../../engine/text";
import { KPI_KIND_LABELS } from "../../framework/plan-text/kpis";
import type { KpiRow } from "../../schema/assessment-v2";
import { planRowHits } from "../rows";
import type { JudgedDocument, RuleDefinition, RuleHit } from "../types";

const SOURCE = "001 §8 Define Integration KPIs and Monitoring";

function describeKpi(row: KpiRow): string {
  return hasText(row.name) ? `KPI ${quote(row.name)}` : "An unnamed KPI";
}

function kpiHits(document: JudgedDocument, applies: (row: KpiRow) => boolean, message: (row: KpiRow) => string): RuleHit[] {
  return planRowHits(document.plan?.kpis, "kpis", applies, message);
}

/**
 * Whether the target improves on the baseline. Equal is never better. Without a `better`
 * direction only equality is known to be no improvement, so anything else passes.
 */
function targetIsBetter(better: KpiDirection | undefined, baseline: number, target: number): boolean {
  if (better === "higher") return target > baseline;
  if (better === "lower") return target < baseline;
  return target !== baseline;
}

function directionText(row: KpiRow): string {
  if (row.better === "higher") return "higher is better";
  if (row.better === "lower") return "lower is better";
  return "no direction set";
}

export const KPI_RULES: readonly RuleDefinition[] = [
  {
    id: "NO_KPIS",
    severity: "warning",
    planSection: "kpis",
    requires: ["workflow"],
    requiresPlan: [],
    track: "observability",
    stage: 1,
    title: "No KPIs",
    source: SOURCE,
    remediation:
      "Pick a few KPIs and measure their baseline now: technical ones such as sync failure rate or latency, and operational ones such as backlog age or SLA impact.",
    check: (_document, context) =>
      context.planAnswered.kpis
        ? []
        : [
            {
              target: "plan.kpis",
              message: "The workflow is described, but no KPI says how the integration will be judged before and after launch.",
            },
          ],
  },
  {
    id: "KPI_SET_ONE_SIDED",
    severity: "warning",
    planSection: "kpis",
    requires: [],
    requiresPlan: ["kpis"],
    track: "observability",
    stage: 1,
    title: "KPIs of one kind only",
    source: SOURCE,
    remediation: "Track technical and operational KPIs together, so system health and business impact are read side by side.",
    check: (document) => {
      // KPIs without a kind say nothing about the balance; with no kind anywhere the rule stays quiet.
      const kinds = new Set((document.plan?.kpis ?? []).map((row) => row.kind));
      const present = KPI_KINDS.filter((kind) => kinds.has(kind));
      const missing = KPI_KINDS.filter((kind) => !kinds.has(kind));
      const [only] = present;
      const [absent] = missing;
      if (present.length !== 1 || only === undefined || absent === undefined) return [];
      return [
        {
          target: "plan.kpis",
          message: `Every KPI with a kind is ${inlineLabel(KPI_KIND_LABELS[only])}; there is no ${inlineLabel(KPI_KIND_LABELS[absent])} KPI.`,
        },
      ];
    },
  },
  {
    id: "KPI_NO_BASELINE",
    severity: "warning",
    planSection: "kpis",
    requires: [],
    requiresPlan: ["kpis"],
    track: "observability",
    stage: 1,
    title: "KPI without a baseline",
    source: "001 §10 Run Post-Go-Live Stabilization Reviews",
    remediation: "Measure the KPI today, before the integration changes anything, and record it as the baseline.",
    check: (document) =>
      kpiHits(
        document,
        (row) => row.baseline === undefined,
        (row) => `${describeKpi(row)} has no baseline, so no one can show whether the integration moved it.`,
      ),
  },
  {
    id: "KPI_TARGET_NOT_BETTER",
    severity: "warning",
    planSection: "kpis",
    requires: [],
    requiresPlan: ["kpis"],
    track: "observability",
    stage: 1,
    title: "KPI target no better than its baseline",
    source: SOURCE,
    remediation: "Set a target that improves on the baseline, and check which direction counts as better.",
    check: (document) =>
      kpiHits(
        document,
        (row) => row.baseline !== undefined && row.target !== undefined && !targetIsBetter(row.better, row.baseline, row.target),
        (row) =>
          `${describeKpi(row)} aims for ${String(row.target)} from a baseline of ${String(row.baseline)} (${directionText(row)}), which is no improvement.`,
      ),
  },
  {
    id: "KPI_NO_ALERT",
    severity: "info",
    planSection: "kpis",
    requires: [],
    requiresPlan: ["kpis"],
    track: "observability",
    stage: 1,
    title: "Technical KPI without an alert",
    source: SOURCE,
    remediation: "Set the value at which someone is alerted, so a failing sync is caught before it shows in the business numbers.",
    check: (document) =>
      kpiHits(
        document,
        (row) => row.kind === "technical" && row.alertThreshold === undefined,
        (row) => `${describeKpi(row)} is technical but has no alert threshold, so nobody is told when it degrades.`,
      ),
  },
];
