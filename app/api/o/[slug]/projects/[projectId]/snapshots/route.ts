import { z } from "zod";
import { submitForReview } from "@/lib/assessments/snapshots";
import { AppError } from "@/lib/errors";
import { json, orgRoute } from "@/lib/http/org-route";
import { readJsonBody } from "@/lib/http/read-body";
import { readinessErrorMap, toValidationIssues } from "@/lib/readiness";

type Params = { params: Promise<{ slug: string; projectId: string }> };
const bodySchema = z.object({ revision: z.number().int().min(0).max(2_000_000_000) }).strict();

/** Submit for review: `{ revision }`; 201 with the snapshot (id, number, time, verdict), 409 if the draft moved on, 400 naming each problem. */
export async function POST(request: Request, { params }: Params) {
  const { slug, projectId } = await params;
  return orgRoute(request, slug, "assessments:write", async (ctx) => {
    const body = bodySchema.safeParse(await readJsonBody(request), { error: readinessErrorMap });
    if (!body.success) {
      const issues = toValidationIssues(body.error);
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of issues) (fieldErrors[issue.path || "body"] ??= []).push(issue.message);
      throw new AppError(
        "validation",
        `Nothing was submitted: ${issues.map((i) => `${i.path || "body"}: ${i.message}`).join("; ")}`,
        fieldErrors,
      );
    }
    const snapshot = await submitForReview(ctx, projectId, body.data.revision);
    return json(
      { snapshotId: snapshot.id, number: snapshot.number, createdAt: snapshot.createdAt.toISOString(), verdict: snapshot.verdict },
      201,
    );
  });
}
