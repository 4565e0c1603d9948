/**
 * The portfolio dashboard's numbers, from the evaluation summary each draft keeps (see
 * Assessment in schema.prisma). Pure: the page loads rows with a constant number of queries.
 */
import { summarizeDraft } from "@/lib/assessments/evaluation-summary";
import type { PhaseKey } from "./rollout-phase";
import { AREA_KEYS, isAnyRuleId, RULESET_VERSION, type AnyRuleId, type AreaKey, type Verdict } from "@/lib/readiness";

export interface StoredDraft {
  scores: unknown;
  updatedAt: Date;
  verdict: Verdict;
  readinessIndex: number | null;
  blockerCount: number;
  warningCount: number;
  blockerRules: string[];
  evaluatedWith: string;
  /** Loaded only when the stored summary came from another ruleset version. */
  answers?: unknown;
  plan?: unknown;
}

export interface ProjectInput {
  id: string;
  name: string;
  systems: string[];
  owner: { id: string; name: string } | null;
  updatedAt: Date;
  assessment: StoredDraft | null;
}

export interface PortfolioRow {
  id: string;
  name: string;
  systems: string[];
  owner: { id: string; name: string } | null;
  lastChange: string; // ISO
  verdict: Verdict;
  index: number | null;
  blockers: number;
  warnings: number;
  scores: Partial<Record<AreaKey, number>>;
  blockerRules: AnyRuleId[];
  /** The stage of the current rollout phase today; null without one (see rollout-phase.ts). */
  phase: PhaseKey | null;
  /** The plan's ROI figures a month (null without them); payback null also when it never pays back. */
  roi: { hoursSaved: number; net: number; currency: string | null; paybackMonths: number | null } | null;
}

/** True when the stored summary was computed by another ruleset and must be recomputed from the answers. */
export function needsReevaluation(draft: Pick<StoredDraft, "evaluatedWith"> | null): boolean {
  return draft !== null && draft.evaluatedWith !== RULESET_VERSION;
}

/** The 1–5 score of each scored area, from a stored `scores` object. */
export function scoresOf(stored: unknown): Partial<Record<AreaKey, number>> {
  const entries = (stored ?? {}) as Record<string, { score?: unknown } | undefined>;
  const scores: Partial<Record<AreaKey, number>> = {};
  for (const key of AREA_KEYS) {
    const score = entries[key]?.score;
    if (typeof score === "number") scores[key] = score;
  }
  return scores;
}

export function buildRow(project: ProjectInput): PortfolioRow {
  const draft = project.assessment;
  const summary =
    draft === null
      ? summarizeDraft({ answers: {}, scores: {} })
      : needsReevaluation(draft)
        ? summarizeDraft({ answers: draft.answers, scores: draft.scores, plan: draft.plan })
        : draft;
  const scores = scoresOf(draft?.scores);
  const storedRules: readonly string[] = summary.blockerRules;
  const lastChange = draft && draft.updatedAt > project.updatedAt ? draft.updatedAt : project.updatedAt;
  return {
    id: project.id,
    name: project.name,
    systems: project.systems,
    owner: project.owner,
    lastChange: lastChange.toISOString(),
    verdict: summary.verdict,
    index: summary.readinessIndex,
    blockers: summary.blockerCount,
    warnings: summary.warningCount,
    scores,
    // Ids of the current ruleset (an older ruleset's summary was just recomputed): the narrowing drops none.
    blockerRules: storedRules.filter(isAnyRuleId),
    // The in-memory rows predate the plan: the SQL path (portfolio-page.ts) fills both.
    phase: null,
    roi: null,
  };
}

export interface TopBlocker {
  ruleId: AnyRuleId;
  title: string;
  count: number; // projects affected
}

export interface TrendPoint {
  date: string; // ISO day
  index: number | null;
  ready: number;
  incomplete: number;
  blocked: number;
}
