/**
 * Who should act on a finding, where the answers name someone: the maintenance owner whose
 * duty covers the question, else the workflow's business owner. Pure.
 */
import { isBlank, locateTarget, type JudgedDocument, type AnyFinding, type QuestionKey } from "@/lib/readiness";

type Duty = keyof NonNullable<NonNullable<JudgedDocument["answers"]>["maintenance"]>;

// The duty (Q8) whose owner naturally fixes findings on each question.
const DUTY_FOR: Partial<Record<QuestionKey, Duty>> = {
  sourceOfTruth: "dataMapping",
  dataSources: "accessReviews",
  actions: "promptPolicy",
  testCases: "evaluationRefresh",
  logs: "monthlyReview",
  lowConfidence: "failedWorkflowTriage",
};

export function responsibleFor(finding: Pick<AnyFinding, "target">, document: JudgedDocument): string | null {
  const answers = document.answers ?? {};
  const { question } = locateTarget(finding.target);
  if (question === "lowConfidence" && !isBlank(answers.lowConfidence?.escalationOwner)) return answers.lowConfidence!.escalationOwner!;
  const duty = question ? DUTY_FOR[question] : undefined;
  const dutyOwner = duty ? answers.maintenance?.[duty] : undefined;
  if (!isBlank(dutyOwner)) return dutyOwner!;
  const workflowOwner = answers.workflow?.owner;
  return isBlank(workflowOwner) ? null : workflowOwner!;
}
