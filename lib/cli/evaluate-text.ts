/**
 * What `npm run evaluate -- --format text` and `--explain` print: a human summary of an
 * evaluation (verdict, index, completeness, ROI, then the findings grouped by severity)
 * and a rule's explanation. Pure string building; the I/O is evaluate.ts's.
 */
import {
  ENUM_LABELS,
  PLAN_SECTION_LABELS,
  SEVERITIES,
  questionByKey,
  readinessPercent,
  type Evaluation,
  type EvaluationV2,
  type RulesetRule,
  type Severity,
} from "../readiness";

const GROUP_TITLES: Readonly<Record<Severity, string>> = { blocker: "Blockers", warning: "Warnings", info: "Info" };
const money = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function indexLine(index: number | null): string {
  return index === null ? "Readiness index: none (no area scored)" : `Readiness index: ${index} of 5 (${readinessPercent(index)}%)`;
}

function roiLine(roi: EvaluationV2["roi"]): string {
  if (roi === null) return "ROI: not computed (needs all five numbers, or declared not applicable)";
  const currency = roi.currency === null ? "" : ` ${roi.currency}`;
  const payback = roi.paybackMonths === null ? "never pays back" : `pays back in ${money.format(roi.paybackMonths)} months`;
  return `ROI: ${money.format(roi.monthlyNet)}${currency} net a month (${money.format(roi.monthlyHoursSaved)} hours saved), ${payback}, first-year net ${money.format(roi.firstYearNet)}${currency}`;
}

function completenessLine(evaluation: Evaluation | EvaluationV2): string {
  const c = evaluation.completeness;
  const base = `Completeness: ${c.questionsAnswered} of ${c.questionsTotal} questions answered, ${c.areasScored} of ${c.areasTotal} areas scored`;
  if (!("planSectionsTotal" in c)) return base;
  const declared = c.planSectionsNotApplicable.map((key) => PLAN_SECTION_LABELS[key]);
  const notApplicable = declared.length === 0 ? "" : ` (not applicable: ${declared.join(", ")})`;
  return `${base}, ${c.planSectionsAnswered} of ${c.planSectionsTotal} plan sections answered${notApplicable}`;
}

/** The summary printed by `--format text`; ends with a newline. */
export function evaluationText(evaluation: Evaluation | EvaluationV2): string {
  const lines = [
    `Verdict: ${ENUM_LABELS.verdict[evaluation.verdict]} (ruleset ${evaluation.rulesetVersion})`,
    indexLine(evaluation.readinessIndex),
    completenessLine(evaluation),
  ];
  if ("roi" in evaluation) lines.push(roiLine(evaluation.roi));
  if (evaluation.findings.length === 0) lines.push("", "No findings.");
  for (const severity of SEVERITIES) {
    const findings = evaluation.findings.filter((finding) => finding.severity === severity);
    if (findings.length === 0) continue;
    lines.push("", `${GROUP_TITLES[severity]} (${findings.length})`);
    for (const finding of findings) {
      const track = "track" in finding ? `  [${finding.track}]` : "";
      lines.push(`- ${finding.ruleId} at ${finding.target}${track}`, `  ${finding.message}`, `  Fix: ${finding.remediation}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** "Q2 Which system is the source of truth?", "plan: Rollout plan", or the scores. */
function ruleSubject(rule: RulesetRule): string {
  if (rule.question !== undefined) {
    const question = questionByKey(rule.question);
    return `${question.number} ${question.title}`;
  }
  if (rule.planSection !== undefined) return `plan: ${PLAN_SECTION_LABELS[rule.planSection]}`;
  return "the area scores";
}

/** What `--explain <RULE_ID>` prints; ends with a newline. */
export function ruleText(rule: RulesetRule, ruleset: string): string {
  const where = ruleSubject(rule);
  return [
    `${rule.id} — ${rule.title}`,
    `Ruleset: ${ruleset}`,
    `Severity: ${ENUM_LABELS.severity[rule.severity]}`,
    `Track: ${rule.track}`,
    `About: ${where}`,
    `Fires when: ${rule.when ?? rule.title}`,
    `Remediation: ${rule.remediation}`,
    `Source: ${rule.readableSource}`,
    "",
  ].join("\n");
}
