import "server-only";
import type { OrgContext } from "@/lib/organizations/access";
import { getProject } from "@/lib/projects/queries";
import { parseAnyAssessment, parseJsonText, type AssessmentDocumentV2 } from "@/lib/readiness";
import { draftOf, toDocument } from "./document";
import { saveAssessment, ValidationIssuesError } from "./save-assessment";

/** The project's draft as a file: always preflight.assessment/v2, with the integration plan. */
export async function exportAssessment(ctx: OrgContext, projectId: string): Promise<AssessmentDocumentV2> {
  const project = await getProject(ctx, projectId);
  return toDocument(project, project.assessment ?? { answers: {}, scores: {} });
}

/**
 * Replaces the draft's answers, scores and plan with those of an uploaded document (v1, read
 * as v2 without a plan, or v2). Everything is validated first; on any problem nothing is
 * written and every problem is listed with its path. A file without a plan clears the stored
 * one: the draft becomes the file. The project's own name, description and systems are kept
 * (they are edited on the project), so importing another project's file cannot rename this one.
 */
export async function importAssessment(ctx: OrgContext, projectId: string, text: string) {
  const json = parseJsonText(text);
  if (!json.ok) throw new ValidationIssuesError([{ path: "(file)", message: json.message }]);
  const parsed = parseAnyAssessment(json.value);
  if (!parsed.ok) throw new ValidationIssuesError(parsed.issues);
  await getProject(ctx, projectId);
  return saveAssessment(ctx, projectId, "any", draftOf(parsed.document), "assessment.imported");
}
