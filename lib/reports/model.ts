/**
 * Everything the report says, worked out before any layout: verdict wording, counts, the
 * three most important actions, findings with the question and area they concern, and
 * the changes since the previous snapshot. Pure, so it is tested without rendering. It
 * reads the stored evaluation as given — a snapshot is never re-evaluated.
 */
import { planSummaryLine } from "./plan-summary";
import { compareDocuments } from "@/lib/assessments/compare";
import { describePath, describePathParts } from "@/lib/readiness/describe-path";
import { responsibleFor } from "@/lib/dashboard/responsible";
import {
  AREAS,
  ENUM_LABELS,
  SEVERITIES,
  areaByKey,
  locateTarget,
  questionByKey,
  readinessPercent,
  type AreaDefinition,
  type AnyEvaluation,
  type AnyFinding,
  type JudgedDocument,
  type QuestionDefinition,
  type Severity,
  type Verdict,
} from "@/lib/readiness";
import { formatDate, formatDateTime, plural, shortId } from "./format";
import { withFullNames } from "./full-names";
import { DEFAULT_DATE_FORMAT, type DateFormat } from "@/lib/utils/format-date";
import { DEFAULT_PAPER_SIZE, pageGeometry, type PageGeometry } from "./paper";
import { buildRemediationModel, type RemediationModel } from "./remediation-model";
import { createTheme, type ReportTheme } from "./theme";
import type { ReportInput } from "./types";

/** A finding of either ruleset with where it sits and who should act. */
export type LocatedFinding = AnyFinding & LocatedFacts;

interface LocatedFacts {
  /** The target in words: "Q5 · Action 2", "Scores · Security controls". */
  where: string;
  question: QuestionDefinition | null;
  area: AreaDefinition | null;
  /** Who should act, where the answers name someone. */
  owner: string | null;
}

export interface ScoreMove {
  area: AreaDefinition;
  before: number | null;
  after: number | null;
}

export interface ChangeSummary {
  previousDate: string;
  verdict: { before: Verdict; after: Verdict };
  index: { before: number | null; after: number | null };
  scores: ScoreMove[];
  /** One line per question: "Q5: Action 1, Action 3". */
  answers: string[];
  /** How many answer fields changed in all. */
  answerFields: number;
  appeared: LocatedFinding[];
  resolved: LocatedFinding[];
}

export interface ReportModel {
  input: ReportInput;
  theme: ReportTheme;
  /** The paper every page is printed on, from the organization's setting. */
  page: PageGeometry;
  /** How every date of the report is written: the organization's date format. */
  dateFormat: DateFormat;
  verdict: Verdict;
  verdictLabel: string;
  verdictLine: string;
  index: number | null;
  percent: number | null;
  counts: Record<Severity, number>;
  findings: Record<Severity, LocatedFinding[]>;
  topActions: LocatedFinding[];
  /** The date the report is "as of": the snapshot's date, or the draft's export time. */
  asOf: string;
  sourceLabel: string;
  /** Worst severity of the findings at a path or below it ("answers.actions.2"). */
  flags: ReadonlyMap<string, Severity>;
  changes: ChangeSummary | null;
  /** The remediation plan's section; null when the project has no plan. */
  remediation: RemediationModel | null;
  /** The summary's line about the integration plan (plan-summary.ts); null without a plan. */
  planLine: string | null;
}

const RANK: Record<Severity, number> = { blocker: 0, warning: 1, info: 2 };

function locate(finding: AnyFinding, document: JudgedDocument | null): LocatedFinding {
  const { question, area } = locateTarget(finding.target);
  return {
    ...finding,
    message: document ? withFullNames(finding.message, finding.target, document) : finding.message,
    where: describePath(finding.target),
    question: question ? questionByKey(question) : null,
    area: area ? areaByKey(area) : null,
    owner: document ? responsibleFor(finding, document) : null,
  };
}

function flagsOf(findings: readonly AnyFinding[]): Map<string, Severity> {
  const flags = new Map<string, Severity>();
  for (const finding of findings) {
    const segments = finding.target.split(".");
    for (let i = 1; i <= segments.length; i += 1) {
      const path = segments.slice(0, i).join(".");
      const current = flags.get(path);
      if (current === undefined || RANK[finding.severity] < RANK[current]) flags.set(path, finding.severity);
    }
  }
  return flags;
}

function verdictLine(evaluation: AnyEvaluation, counts: Record<Severity, number>): string {
  const { completeness } = evaluation;
  switch (evaluation.verdict) {
    case "blocked":
      return `Launch is blocked: ${plural(counts.blocker, "blocker")} must be resolved first.`;
    case "incomplete":
      return `The assessment is incomplete: ${completeness.questionsAnswered} of ${completeness.questionsTotal} questions answered, ${completeness.areasScored} of ${completeness.areasTotal} areas scored.`;
    case "ready":
      return counts.warning > 0
        ? `No blockers remain; ${plural(counts.warning, "warning")} should be addressed during rollout.`
        : "No blockers or warnings remain: the integration may launch as scoped.";
  }
}

const ITEMS_PER_LINE = 12;

/**
 * Changed answer fields grouped by question. A list row collapses to the row, so a
 * rewritten action reads "Action 3" once instead of once per field.
 */
function answerChangeLines(paths: readonly string[]): string[] {
  const byQuestion = new Map<string, string[]>();
  for (const path of paths) {
    const segments = path.split(".");
    const target = /^\d+$/.test(segments[2] ?? "") ? segments.slice(0, 3).join(".") : path;
    const [question = "", ...rest] = describePathParts(target);
    const items = byQuestion.get(question) ?? [];
    const item = rest.join(" · ") || "answer";
    if (!items.includes(item)) items.push(item);
    byQuestion.set(question, items);
  }
  return [...byQuestion.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))
    .map(([question, items]) => {
      const shown = items.slice(0, ITEMS_PER_LINE).join(", ");
      return `${question}: ${shown}${items.length > ITEMS_PER_LINE ? `, and ${items.length - ITEMS_PER_LINE} more` : ""}`;
    });
}

function changesSince(input: ReportInput): ChangeSummary | null {
  const { previous } = input;
  if (!previous) return null;
  const comparison = compareDocuments(previous.document, input.document, { before: previous.evaluation, after: input.evaluation });
  const scores: ScoreMove[] = [];
  for (const area of AREAS) {
    const before = previous.document.scores?.[area.key]?.score ?? null;
    const after = input.document.scores?.[area.key]?.score ?? null;
    if (before !== after) scores.push({ area, before, after });
  }
  const answers = answerChangeLines(comparison.answerChanges.map((change) => change.path));
  return {
    previousDate: previous.createdAt,
    verdict: comparison.verdict,
    index: comparison.index,
    scores,
    answers,
    answerFields: comparison.answerChanges.length,
    appeared: comparison.appeared.map((finding) => locate(finding, input.document)),
    resolved: comparison.disappeared.map((finding) => locate(finding, null)),
  };
}

/**
 * Every string in composed Unicode form (NFC). Text is laid out without OpenType shaping
 * (styles.ts), so "e" followed by a combining accent must become "é" to render as one.
 */
export function composed<T>(value: T): T {
  if (typeof value === "string") return value.normalize("NFC") as T;
  if (Array.isArray(value)) return value.map(composed) as T;
  if (value !== null && typeof value === "object" && !(value instanceof Uint8Array)) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, composed(child)])) as T;
  }
  return value;
}

export function buildReportModel(raw: ReportInput): ReportModel {
  const input = composed(raw);
  const { evaluation, document, source } = input;
  const located = evaluation.findings.map((finding) => locate(finding, document));
  const findings = Object.fromEntries(SEVERITIES.map((severity) => [severity, located.filter((f) => f.severity === severity)])) as Record<
    Severity,
    LocatedFinding[]
  >;
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, findings[severity].length])) as Record<Severity, number>;
  // The engine's order is the priority order: the first blockers, else the first warnings.
  const topActions = (findings.blocker.length > 0 ? findings.blocker : findings.warning).slice(0, 3);
  const asOf = source.kind === "snapshot" ? source.createdAt : input.generatedAt;
  const dateFormat = input.organization.dateFormat ?? DEFAULT_DATE_FORMAT;
  const sourceLabel =
    source.kind === "snapshot"
      ? `Snapshot ${shortId(source.id)} of ${formatDate(source.createdAt, dateFormat)}`
      : `Working draft, revision ${source.revision}, exported ${formatDateTime(input.generatedAt, dateFormat)}`;
  return {
    input,
    theme: createTheme(input.organization.accentColor),
    page: pageGeometry(input.organization.paperSize ?? DEFAULT_PAPER_SIZE),
    dateFormat,
    verdict: evaluation.verdict,
    verdictLabel: ENUM_LABELS.verdict[evaluation.verdict],
    verdictLine: verdictLine(evaluation, counts),
    index: evaluation.readinessIndex,
    percent: readinessPercent(evaluation.readinessIndex),
    counts,
    findings,
    topActions,
    asOf,
    sourceLabel,
    flags: flagsOf(evaluation.findings),
    changes: changesSince(input),
    remediation: buildRemediationModel(input.remediation, dateFormat),
    planLine: planSummaryLine(input.document, evaluation, asOf.slice(0, 10)),
  };
}
