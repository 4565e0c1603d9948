import { importAssessment } from "@/lib/assessments/import-export";
import { AppError } from "@/lib/errors";
import { json, MAX_BODY_BYTES, orgRoute } from "@/lib/http/org-route";

type Params = { params: Promise<{ slug: string; projectId: string }> };

/** The body is the preflight.assessment/v1 document itself; nothing is written unless all of it is valid. */
export async function POST(request: Request, { params }: Params) {
  const { slug, projectId } = await params;
  return orgRoute(request, slug, "assessments:write", async (ctx) => {
    const text = await request.text();
    if (text.length > MAX_BODY_BYTES) throw new AppError("validation", "The file is too large (at most 8 MB).");
    const saved = await importAssessment(ctx, projectId, text);
    return json({ revision: saved.revision, changed: saved.changed });
  });
}
