import { AppError } from "@/lib/errors";
import { json, orgRoute } from "@/lib/http/org-route";
import { searchQuerySchema } from "@/lib/search/schema";
import { searchOrganization } from "@/lib/search/search";

type Params = { params: Promise<{ slug: string }> };

/** The command palette's projects, findings and members matching `q`, for any member who may read projects. */
export async function GET(request: Request, { params }: Params) {
  const { slug } = await params;
  return orgRoute(request, slug, "projects:read", async (ctx) => {
    const parsed = searchQuerySchema.safeParse({ q: new URL(request.url).searchParams.get("q") ?? undefined });
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? "Check the search text.";
      throw new AppError("validation", message, { q: [message] });
    }
    return json(await searchOrganization(ctx, parsed.data.q));
  });
}
