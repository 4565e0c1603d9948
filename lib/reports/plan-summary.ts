/**
 * The executive summary's line about the integration plan (issue #17): how much of the plan
 * is written, the rollout phase under way on the report's date, and the ROI figures. Null
 * when the document has no plan. Pure.
 */
import { rolloutPhasesOf, rolloutTimeline } from "@/lib/integration-plan/rollout-timeline";
import { PLAN_SECTION_KEYS, type AnyEvaluation, type JudgedDocument } from "@/lib/readiness";

const figure = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: 1 });

export function planSummaryLine(document: JudgedDocument, evaluation: AnyEvaluation, reportDay: string): string | null {
  const plan = document.plan;
  if (!plan || Object.keys(plan).length === 0 || !("completeness" in evaluation) || !("roi" in evaluation)) return null;
  const parts: string[] = [];
  const { planSectionsAnswered } = evaluation.completeness;
  parts.push(`Integration plan: ${planSectionsAnswered ?? 0} of ${PLAN_SECTION_KEYS.length} sections written`);
  const timeline = rolloutTimeline(rolloutPhasesOf(plan), reportDay);
  if (timeline.current) {
    const until = timeline.current.end ? ` until ${timeline.current.end}` : "";
    const next = timeline.next ? `, then ${timeline.next.label}` : "";
    parts.push(`current phase ${timeline.current.label}${until}${next}`);
  } else if (timeline.next) parts.push(`next phase ${timeline.next.label}`);
  const roi = evaluation.roi;
  if (roi) {
    const currency = roi.currency ? ` ${roi.currency}` : "";
    const payback = roi.paybackMonths === null ? "no payback" : `payback ${figure(roi.paybackMonths)} months`;
    parts.push(`ROI ${figure(roi.monthlyHoursSaved)} hours saved and ${figure(roi.monthlyNet)}${currency} net a month, ${payback}`);
  }
  return `${parts.join(" · ")}.`;
}
