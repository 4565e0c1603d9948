import {
  openDraftForSave,
  RevisionConflictError,
  saveAssessment,
  saveRequestSchema,
  validateDraft,
  ValidationIssuesError,
} from "@/lib/assessments/save-assessment";
import { countAutosave } from "@/lib/observability/metrics";
import { guardedRoute, json, orgRoute } from "@/lib/http/org-route";
import { readJsonBody } from "@/lib/http/read-body";
import type { SavedResponse } from "@/lib/assessments/save-contract";
import { getProject } from "@/lib/projects/queries";
import { readinessErrorMap, toValidationIssues } from "@/lib/readiness";

type Params = { params: Promise<{ slug: string; projectId: string }> };

export async function GET(request: Request, { params }: Params) {
  const { slug, projectId } = await params;
  return orgRoute(request, slug, "projects:read", async (ctx) => {
    const project = await getProject(ctx, projectId);
    return json({
      revision: project.assessment?.revision ?? 0,
      answers: project.assessment?.answers ?? {},
      scores: project.assessment?.scores ?? {},
      plan: project.assessment?.plan ?? {},
    });
  });
}

/** Autosave: `{ baseRevision, answers, scores, plan? }` (no plan: the stored one stays); 200 with the new revision, 409 with the current state, 400 with every problem (by path), 413 past 8 MB. */
export async function PUT(request: Request, { params }: Params) {
  const { slug, projectId } = await params;
  // Session, membership, the write permission and the stored draft in one statement.
  return guardedRoute(
    request,
    () => openDraftForSave(slug, projectId),
    async ({ ctx, current }) => {
      const body = saveRequestSchema.safeParse(await readJsonBody(request), { error: readinessErrorMap });
      if (!body.success) throw new ValidationIssuesError(toValidationIssues(body.error));
      const draft = validateDraft(body.data.answers, body.data.scores, body.data.plan);
      const saved = await countAutosave(
        () => saveAssessment(ctx, projectId, body.data.baseRevision, draft, "assessment.saved", current),
        (error) => error instanceof RevisionConflictError,
      );
      const answer: SavedResponse = { revision: saved.revision, savedAt: saved.savedAt.toISOString() };
      return json(answer);
    },
  );
}
