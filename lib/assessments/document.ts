import {
  ASSESSMENT_FORMAT_V2,
  parseAssessmentV2,
  type AnswersV2,
  type AssessmentDocumentV2,
  type JudgedDocument,
  type Plan,
  type Scores,
} from "@/lib/readiness";

/**
 * A stored draft as its columns hold it. `plan` is absent in callers that predate the
 * integration plan (and null in the column when the draft has none): both read as no plan.
 */
export interface StoredDraft {
  answers: unknown;
  scores: unknown;
  plan?: unknown;
}

/** A plan worth writing into a document: an empty one is left out, as if there were none. */
function planPart(plan: unknown): { plan?: unknown } {
  const empty = plan === undefined || plan === null || (typeof plan === "object" && Object.keys(plan).length === 0);
  return empty ? {} : { plan };
}

/** The stored draft (answers, scores, plan) and the project row make one preflight.assessment/v2 document. */
export function toDocument(project: { name: string; description: string; systems: string[] }, draft: StoredDraft): AssessmentDocumentV2 {
  return storedDocument({
    format: ASSESSMENT_FORMAT_V2,
    project: {
      name: project.name,
      ...(project.description ? { description: project.description } : {}),
      ...(project.systems.length ? { systems: project.systems } : {}),
    },
    answers: draft.answers ?? {},
    scores: draft.scores ?? {},
    ...planPart(draft.plan),
  });
}

/** The stored draft alone as a document, for judging it without its project. */
export function draftDocument(draft: StoredDraft): AssessmentDocumentV2 {
  return storedDocument({
    format: ASSESSMENT_FORMAT_V2,
    answers: draft.answers ?? {},
    scores: draft.scores ?? {},
    ...planPart(draft.plan),
  });
}

function storedDocument(candidate: unknown): AssessmentDocumentV2 {
  const parsed = parseAssessmentV2(candidate);
  // Stored drafts were validated on the way in; a failure here means the data was changed behind the app.
  if (!parsed.ok) throw new Error(`Stored assessment is invalid: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`);
  return parsed.document;
}

/** A draft as the app writes it: `plan` is `{}` when the draft has none (stored as null). */
export interface Draft {
  answers: AnswersV2;
  scores: Scores;
  plan: Plan;
}

export function draftOf(document: JudgedDocument): Draft {
  return { answers: document.answers ?? {}, scores: document.scores ?? {}, plan: document.plan ?? {} };
}

/** The value of the `plan` column for a draft's plan: null when it holds nothing. */
export function planColumn(plan: Plan): Plan | null {
  return Object.keys(plan).length === 0 ? null : plan;
}
