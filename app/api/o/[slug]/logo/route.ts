import { orgRoute } from "@/lib/http/org-route";
import { getBranding } from "@/lib/organizations/branding";

type Params = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Params) {
  const { slug } = await params;
  return orgRoute(request, slug, "organization:read", async (ctx) => {
    const branding = await getBranding(ctx);
    if (!branding.logo || !branding.logoMimeType) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
    return new Response(new Uint8Array(branding.logo), {
      headers: { "Content-Type": branding.logoMimeType, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
    });
  });
}
