import { z } from "zod";
import { exportReport } from "@/lib/assessments/export-report";
import { AppError } from "@/lib/errors";
import { orgRoute } from "@/lib/http/org-route";
import { slugify } from "@/lib/organizations/slug";

type Params = { params: Promise<{ slug: string; projectId: string }> };

const querySchema = z.object({
  source: z.union([z.literal("draft"), z.string().regex(/^[0-9a-f-]{36}$/)]).default("draft"),
  preparedBy: z.string().trim().max(120).optional(),
});

/**
 * The PDF readiness report of the draft or of one snapshot; every member may export. One
 * export per organization runs at a time: a burst gets 429, a long wait 503; a snapshot's
 * report is rendered once and then read back (exportReport).
 */
export async function GET(request: Request, { params }: Params) {
  const { slug, projectId } = await params;
  return orgRoute(request, slug, "reports:export", async (ctx) => {
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new AppError("validation", "Choose the draft or a snapshot, and a “prepared by” of at most 120 characters.");
    const { input, pdf, queuePosition, cached } = await exportReport(
      ctx,
      projectId,
      query.data.source,
      query.data.preparedBy || ctx.user.name,
    );
    const day = (input.source.kind === "snapshot" ? input.source.createdAt : input.generatedAt).slice(0, 10);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${slugify(input.project.name, "project")}-readiness-${day}.pdf"`,
        "Cache-Control": "no-store",
        "X-Export-Queue-Position": String(queuePosition),
        "X-Report-Cache": cached ? "hit" : "miss",
      },
    });
  });
}
