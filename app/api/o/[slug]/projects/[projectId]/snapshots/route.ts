import { z } from "zod";
import { submitForReview } from "@/lib/assessments/snapshots";
import { AppError } from "@/lib/errors";
import { json, orgRoute } from "@/lib/http/org-route";
import { readJsonBody } from "@/lib/http/read-body";

type Params = { params: Promise<{ slug: string; projectId: string }> };
const bodySchema = z.object({ revision: z.number().int().min(0) }).strict();

export async function POST(request: Request, { params }: Params) {
  const { slug, projectId } = await params;
  return orgRoute(request, slug, "assessments:write", async (ctx) => {
    const body = bodySchema.safeParse(await readJsonBody(request));
    if (!body.success) throw new AppError("validation", "Send { revision }.");
    const snapshot = await submitForReview(ctx, projectId, body.data.revision);
    return json({ snapshotId: snapshot.id, verdict: snapshot.verdict }, 201);
  });
}
