/**
 * Phased rollout (plan.rollout): NO_ROLLOUT_PLAN and the five phase rules (seeds 001 §7,
 * 004). Phases are taken in document order: the first row is the first phase, and
 * "previous" means the row before. These are the only rules whose messages may change
 * when rows are reordered, because the order is the plan.
 */
import { hasText, inlineLabel, isBlank, quote } from "../../engine/text";
import { ROLLOUT_STAGE_LABELS } from "../../framework/plan-text/rollout";
import type { RolloutPhase } from "../../schema/assessment-v2";
import { rowTarget } from "../rows";
import type { JudgedDocument, RuleDefinition, RuleHit } from "../types";

const SOURCE = "001 §7 Create a Phased Rollout Plan";
const MILESTONES_SOURCE = "004 §Break delivery into milestones";

/** `Phase "Pilot"`, or the stage of an unnamed phase. */
function describePhase(row: RolloutPhase): string {
  if (hasText(row.name)) return `Phase ${quote(row.name)}`;
  return row.stage === undefined ? "An unnamed phase" : `An unnamed phase (stage: ${quote(ROLLOUT_STAGE_LABELS[row.stage])})`;
}

function phasesOf(document: JudgedDocument): readonly RolloutPhase[] {
  return document.plan?.rollout ?? [];
}

/** One hit per phase whose message is not null; the message may look at the phase's neighbours. */
function phaseMessages(
  document: JudgedDocument,
  message: (phase: RolloutPhase, index: number, phases: readonly RolloutPhase[]) => string | null,
): RuleHit[] {
  const phases = phasesOf(document);
  const hits: RuleHit[] = [];
  phases.forEach((phase, index) => {
    const text = message(phase, index, phases);
    if (text !== null) hits.push({ target: rowTarget("plan", "rollout", index), message: text });
  });
  return hits;
}

/** Why a phase's dates are out of order, or null. Dates are YYYY-MM-DD, so string order is date order. */
function dateProblem(phase: RolloutPhase, previous: RolloutPhase | undefined): string | null {
  const problems: string[] = [];
  if (phase.start !== undefined && phase.end !== undefined && phase.end < phase.start) {
    problems.push(`ends on ${phase.end}, before it starts on ${phase.start}`);
  }
  if (previous !== undefined && phase.start !== undefined && previous.start !== undefined && phase.start < previous.start) {
    problems.push(
      `starts on ${phase.start}, before ${inlineLabel(describePhase(previous))} (the phase before it) starts on ${previous.start}`,
    );
  }
  return problems.length === 0 ? null : problems.join(", and ");
}

export const ROLLOUT_RULES: readonly RuleDefinition[] = [
  {
    id: "NO_ROLLOUT_PLAN",
    severity: "warning",
    planSection: "rollout",
    requires: ["firstLaunch"],
    requiresPlan: [],
    track: "observability",
    stage: 1,
    title: "No phased rollout",
    source: SOURCE,
    remediation:
      "Plan the rollout in phases — sandbox or read-only first, then a pilot, then controlled expansion — each with exit and rollback criteria.",
    check: (_document, context) =>
      context.planAnswered.rollout
        ? []
        : [{ target: "plan.rollout", message: "A first launch is described, but there is no phased rollout plan to take it there." }],
  },
  {
    id: "BIG_BANG_ROLLOUT",
    severity: "blocker",
    planSection: "rollout",
    requires: [],
    requiresPlan: ["rollout"],
    track: "observability",
    stage: 1,
    title: "Big-bang rollout",
    source: SOURCE,
    remediation:
      "Start with a smaller phase — sandbox, read-only, shadow writes or a pilot with one queue — and reach full rollout only after its checkpoint.",
    check: (document) => {
      const first = phasesOf(document)[0];
      if (first?.stage !== "full") return [];
      return [
        {
          target: "plan.rollout.0",
          message: `${describePhase(first)}, the first phase, is already the full rollout: everyone switches over at once.`,
        },
      ];
    },
  },
  {
    id: "PHASE_NO_ROLLBACK_CRITERIA",
    severity: "blocker",
    planSection: "rollout",
    requires: [],
    requiresPlan: ["rollout"],
    track: "observability",
    stage: 1,
    title: "Phase without rollback criteria",
    source: SOURCE,
    remediation: "Write down the signals that make the team step back from this phase, and who makes the call.",
    check: (document) =>
      phaseMessages(document, (phase) =>
        isBlank(phase.rollbackCriteria) ? `${describePhase(phase)} has no rollback criteria, so nobody knows when to step back.` : null,
      ),
  },
  {
    id: "WRITES_IN_FIRST_PHASE",
    severity: "warning",
    planSection: "rollout",
    requires: [],
    requiresPlan: ["rollout"],
    track: "observability",
    stage: 1,
    title: "Writes switched on in the first phase",
    source: MILESTONES_SOURCE,
    remediation:
      "Begin with a phase that only reads (or writes in shadow) to prove connectivity and the mapping, and enable writes in a later phase.",
    check: (document) => {
      const phases = phasesOf(document);
      const first = phases[0];
      // A single phase is the whole plan, not a first step; BIG_BANG_ROLLOUT judges that.
      if (first?.writesEnabled !== true || phases.length < 2) return [];
      return [
        {
          target: "plan.rollout.0",
          message: `${describePhase(first)}, the first phase, already writes to other systems, before a read-only phase has proven the connection and the mapping.`,
        },
      ];
    },
  },
  {
    id: "PHASE_NO_EXIT_CRITERIA",
    severity: "warning",
    planSection: "rollout",
    requires: [],
    requiresPlan: ["rollout"],
    track: "observability",
    stage: 1,
    title: "Phase without exit criteria",
    source: SOURCE,
    remediation: "State the KPI checkpoint that ends this phase and lets the next one start.",
    // The last phase has no next one to unlock.
    check: (document) =>
      phaseMessages(document, (phase, index, phases) =>
        index < phases.length - 1 && isBlank(phase.exitCriteria)
          ? `${describePhase(phase)} has no exit criteria, so nothing decides when the next phase may start.`
          : null,
      ),
  },
  {
    id: "PHASE_DATES_OUT_OF_ORDER",
    severity: "warning",
    planSection: "rollout",
    requires: [],
    requiresPlan: ["rollout"],
    track: "observability",
    stage: 1,
    title: "Phase dates out of order",
    source: MILESTONES_SOURCE,
    remediation: "Fix the dates so each phase ends after it starts and starts no earlier than the phase before it, or reorder the phases.",
    check: (document) =>
      phaseMessages(document, (phase, index, phases) => {
        const problem = dateProblem(phase, phases[index - 1]);
        return problem === null ? null : `${describePhase(phase)} ${problem}.`;
      }),
  },
];
