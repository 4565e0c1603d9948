import { portfolioCsv } from "@/lib/dashboard/csv";
import { buildRow } from "@/lib/dashboard/portfolio";
import { loadPortfolioProjects, loadScores } from "@/lib/dashboard/queries";
import { filterRows, parseTableQuery, sortRows } from "@/lib/dashboard/table-query";
import { orgRoute } from "@/lib/http/org-route";
import { slugify } from "@/lib/organizations/slug";

type Params = { params: Promise<{ slug: string }> };

/** The portfolio table as CSV, with the same filters and order as the page (from the query string). */
export async function GET(request: Request, { params }: Params) {
  const { slug } = await params;
  return orgRoute(request, slug, "reports:export", async (ctx) => {
    const query = parseTableQuery(Object.fromEntries(new URL(request.url).searchParams));
    const projects = await loadPortfolioProjects(ctx);
    const rows = sortRows(filterRows(projects.map(buildRow), query), query);
    const scores = await loadScores(ctx, rows.map((r) => r.id));
    const day = new Date().toISOString().slice(0, 10);
    return new Response(portfolioCsv(rows, scores), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${slugify(ctx.organization.name)}-portfolio-${day}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
