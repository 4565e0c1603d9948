import { orgRoute } from "@/lib/http/org-route";
import { exportOrganization } from "@/lib/org-archive/export-organization";

type Params = { params: Promise<{ slug: string }> };

/** The whole organization as one archive file (docs/organization-archive.md); owners only. */
export async function GET(request: Request, { params }: Params) {
  const { slug } = await params;
  return orgRoute(request, slug, "organization:export", async (ctx) => {
    const { fileName, bytes } = await exportOrganization(ctx, new URL(request.url).host);
    return new Response(new Uint8Array(bytes), {
      headers: {
        // Already gzip: sent as a file, never compressed again on the way.
        "Content-Type": "application/gzip",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "no-store, no-transform",
      },
    });
  });
}
