/** A fresh assessment: valid, every question unanswered, verdict `incomplete`. */
import { ASSESSMENT_FORMAT } from "../keys";
import type { AssessmentDocument } from "../schema/assessment";

export function emptyAssessment(projectName?: string): AssessmentDocument {
  return {
    format: ASSESSMENT_FORMAT,
    ...(projectName === undefined ? {} : { project: { name: projectName } }),
    answers: {},
    scores: {},
  };
}
