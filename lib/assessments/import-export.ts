import "server-only";
import type { OrgContext } from "@/lib/organizations/access";
import { getProject } from "@/lib/projects/queries";
import { parseAssessment, parseJsonText, type AssessmentDocument } from "@/lib/readiness";
import { draftOf, toDocument } from "./document";
import { saveAssessment, ValidationIssuesError } from "./save-assessment";

export async function exportAssessment(ctx: OrgContext, projectId: string): Promise<AssessmentDocument> {
  const project = await getProject(ctx, projectId);
  return toDocument(project, project.assessment ?? { answers: {}, scores: {} });
}

/**
 * Replaces the draft's answers and scores with those of an uploaded document. Everything is
 * validated first; on any problem nothing is written and every problem is listed with its
 * path. The project's own name, description and systems are kept (they are edited on the
 * project), so importing another project's file cannot rename this one.
 */
export async function importAssessment(ctx: OrgContext, projectId: string, text: string) {
  const json = parseJsonText(text);
  if (!json.ok) throw new ValidationIssuesError([{ path: "(file)", message: json.message }]);
  const parsed = parseAssessment(json.value);
  if (!parsed.ok) throw new ValidationIssuesError(parsed.issues);
  await getProject(ctx, projectId);
  return saveAssessment(ctx, projectId, "any", draftOf(parsed.document), "assessment.imported");
}
