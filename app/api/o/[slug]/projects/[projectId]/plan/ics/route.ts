import { orgRoute } from "@/lib/http/org-route";
import { slugify } from "@/lib/organizations/slug";
import { getProject } from "@/lib/projects/queries";
import { planIcs } from "@/lib/remediation-plan/export";

type Params = { params: Promise<{ slug: string; projectId: string }> };

/** The remediation plan's due dates as an iCalendar file: one all-day event per item still to do. */
export async function GET(request: Request, { params }: Params) {
  const { slug, projectId } = await params;
  return orgRoute(request, slug, "reports:export", async (ctx) => {
    const project = await getProject(ctx, projectId);
    const ics = await planIcs(ctx, project, new URL(request.url).origin);
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${slugify(project.name, "project")}-remediation-plan.ics"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
