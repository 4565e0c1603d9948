import { importAssessment } from "@/lib/assessments/import-export";
import { json, orgRoute } from "@/lib/http/org-route";
import { readBodyText } from "@/lib/http/read-body";

type Params = { params: Promise<{ slug: string; projectId: string }> };

/** The body is the preflight.assessment/v1 document itself; nothing is written unless all of it is valid. */
export async function POST(request: Request, { params }: Params) {
  const { slug, projectId } = await params;
  return orgRoute(request, slug, "assessments:write", async (ctx) => {
    const text = await readBodyText(request, "file");
    const saved = await importAssessment(ctx, projectId, text);
    return json({ revision: saved.revision, changed: saved.changed });
  });
}
