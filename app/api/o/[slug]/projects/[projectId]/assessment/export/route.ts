import { exportAssessment } from "@/lib/assessments/import-export";
import { orgRoute } from "@/lib/http/org-route";
import { slugify } from "@/lib/organizations/slug";

type Params = { params: Promise<{ slug: string; projectId: string }> };

export async function GET(request: Request, { params }: Params) {
  const { slug, projectId } = await params;
  return orgRoute(request, slug, "projects:read", async (ctx) => {
    const document = await exportAssessment(ctx, projectId);
    const filename = `${slugify(document.project?.name ?? "assessment")}.preflight.json`;
    return new Response(`${JSON.stringify(document, null, 2)}\n`, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
