import { portfolioCsv } from "@/lib/dashboard/csv";
import { loadPortfolioRows } from "@/lib/dashboard/portfolio-page";
import { parseTableQuery } from "@/lib/dashboard/table-query";
import { orgRoute } from "@/lib/http/org-route";
import { slugify } from "@/lib/organizations/slug";

type Params = { params: Promise<{ slug: string }> };

/** The portfolio table as CSV, with the same filters and order as the page (from the query string). */
export async function GET(request: Request, { params }: Params) {
  const { slug } = await params;
  return orgRoute(request, slug, "reports:export", async (ctx) => {
    const query = parseTableQuery(Object.fromEntries(new URL(request.url).searchParams));
    const rows = await loadPortfolioRows(ctx, query);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(portfolioCsv(rows), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${slugify(ctx.organization.name)}-portfolio-${day}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
