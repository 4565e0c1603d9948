import { orgRoute } from "@/lib/http/org-route";
import { slugify } from "@/lib/organizations/slug";
import { getProject } from "@/lib/projects/queries";
import { planCsv } from "@/lib/remediation-plan/export";

type Params = { params: Promise<{ slug: string; projectId: string }> };

/** The remediation plan as CSV for a tracker's importer (Jira, Asana). */
export async function GET(request: Request, { params }: Params) {
  const { slug, projectId } = await params;
  return orgRoute(request, slug, "reports:export", async (ctx) => {
    const project = await getProject(ctx, projectId);
    const csv = await planCsv(ctx, project.id, new URL(request.url).origin);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${slugify(project.name, "project")}-remediation-plan.csv"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
