import { ASSESSMENT_FORMAT, parseAssessment, type Answers, type AssessmentDocument, type Scores } from "@/lib/readiness";

/** The stored draft (answers + scores) and the project row make one preflight.assessment/v1 document. */
export function toDocument(
  project: { name: string; description: string; systems: string[] },
  draft: { answers: unknown; scores: unknown },
): AssessmentDocument {
  return storedDocument({
    format: ASSESSMENT_FORMAT,
    project: {
      name: project.name,
      ...(project.description ? { description: project.description } : {}),
      ...(project.systems.length ? { systems: project.systems } : {}),
    },
    answers: draft.answers ?? {},
    scores: draft.scores ?? {},
  });
}

/** The stored draft's answers and scores alone as a document, for judging it without its project. */
export function draftDocument(draft: { answers: unknown; scores: unknown }): AssessmentDocument {
  return storedDocument({ format: ASSESSMENT_FORMAT, answers: draft.answers ?? {}, scores: draft.scores ?? {} });
}

function storedDocument(candidate: unknown): AssessmentDocument {
  const parsed = parseAssessment(candidate);
  // Stored drafts were validated on the way in; a failure here means the data was changed behind the app.
  if (!parsed.ok) throw new Error(`Stored assessment is invalid: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
  return parsed.document;
}

export interface Draft {
  answers: Answers;
  scores: Scores;
}

export function draftOf(document: AssessmentDocument): Draft {
  return { answers: document.answers ?? {}, scores: document.scores ?? {} };
}
