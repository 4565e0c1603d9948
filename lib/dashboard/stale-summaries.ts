import "server-only";
import { summarizeDraft } from "@/lib/assessments/evaluation-summary";
import type { Db } from "@/lib/db/client";
import { RULESET_VERSION } from "@/lib/readiness";

/**
 * After a ruleset upgrade (1.0.0 → 2.0.0 judges the whole v2 draft, plan included), or a
 * migration that marks drafts unjudged because the summary gained columns, rewrites the evaluation summary of every draft judged by an older
 * ruleset, so lists can filter, sort and count in SQL. Only the summary columns change: the
 * draft's revision and its "last change" stay as they were. Idempotent; concurrent runs
 * write the same values.
 */
export async function refreshStaleSummaries(client: Db, organizationId: string): Promise<number> {
  const stale = await client.assessment.findMany({
    where: { organizationId, NOT: { evaluatedWith: RULESET_VERSION } },
    select: { id: true, answers: true, scores: true, plan: true },
  });
  for (const draft of stale) {
    const s = summarizeDraft(draft);
    await client.$executeRaw`
      UPDATE assessments
         SET verdict = ${s.verdict}::verdict, readiness_index = ${s.readinessIndex}, blocker_count = ${s.blockerCount},
             warning_count = ${s.warningCount}, blocker_rules = ${s.blockerRules}::text[], evaluated_with = ${s.evaluatedWith},
             monthly_hours_saved = ${s.monthlyHoursSaved}, monthly_net = ${s.monthlyNet}, roi_currency = ${s.roiCurrency},
             payback_months = ${s.paybackMonths}, phase_stages = ${s.phaseStages}::text[], phase_changes = ${s.phaseChanges}::int[],
             phase_schedule = ${s.phaseSchedule}::int[]
       WHERE id = ${draft.id} AND evaluated_with IS DISTINCT FROM ${RULESET_VERSION}`;
  }
  return stale.length;
}
