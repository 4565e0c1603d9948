import { z } from "zod";
import { loadReportInput } from "@/lib/assessments/report-input";
import { AppError } from "@/lib/errors";
import { orgRoute } from "@/lib/http/org-route";
import { slugify } from "@/lib/organizations/slug";
import { renderReportPdf } from "@/lib/reports/render-report";

type Params = { params: Promise<{ slug: string; projectId: string }> };

const querySchema = z.object({
  source: z.union([z.literal("draft"), z.string().regex(/^[0-9a-f-]{36}$/)]).default("draft"),
  preparedBy: z.string().trim().max(120).optional(),
});

/** The PDF readiness report of the draft or of one snapshot; every member may export. */
export async function GET(request: Request, { params }: Params) {
  const { slug, projectId } = await params;
  return orgRoute(request, slug, "reports:export", async (ctx) => {
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new AppError("validation", "Choose the draft or a snapshot, and a “prepared by” of at most 120 characters.");
    const input = await loadReportInput(ctx, projectId, query.data.source, query.data.preparedBy || ctx.user.name);
    const pdf = await renderReportPdf(input);
    const day = (input.source.kind === "snapshot" ? input.source.createdAt : input.generatedAt).slice(0, 10);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${slugify(input.project.name)}-readiness-${day}.pdf"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
