/**
 * `npm run bench:portfolio`: the portfolio and the Projects list at 10,000 projects × 5
 * snapshots (ten times the dashboard benchmark), on a fresh embedded PostgreSQL and the
 * production build, next to a trivial signed-in page in the same run. Goal: the portfolio
 * within ×3 of the trivial page (issue #17). Writes .bench/portfolio.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { foldTally } from "@/lib/dashboard/portfolio-tally";
import { repoRoot } from "@/lib/db/open-database";
import { Session } from "../http/session";
import { timeGetsInTurn } from "../http/timing";
import { seedBenchOrganization } from "./bench-data";
import { startBenchServer } from "./bench-server";

const PROJECTS = 10_000;
const SNAPSHOTS = 5;
const EMAIL = "bench@preflight.local";
const PASSWORD = "bench-password-1";
const WARM_UP = 20;
const SAMPLES = 60;
const GOAL_RATIO = 3;

async function main() {
  let seedSeconds = 0;
  const server = await startBenchServer({
    cluster: "pg-bench-portfolio",
    pgPort: 15346,
    appPort: 3306,
    seed: async (db) => {
      const started = performance.now();
      const organization = await seedBenchOrganization(db, repoRoot, {
        slug: "bench",
        projects: PROJECTS,
        snapshots: SNAPSHOTS,
        email: EMAIL,
        password: PASSWORD,
      });
      // The bulk load appended a ledger row per key and project; the first portfolio view folds
      // them into one per key (done here, so the figures are those of the minutes after).
      await foldTally(db, organization.id);
      // What autovacuum does within minutes of a bulk load: reclaims the folded rows, gathers
      // statistics, and sets the visibility map that lets the table read its covering index alone.
      await db.$executeRawUnsafe("VACUUM ANALYZE");
      seedSeconds = (performance.now() - started) / 1000;
      return null;
    },
  });
  try {
    const session = new Session(server.base);
    await session.signIn(EMAIL, PASSWORD);
    const paths = {
      portfolio: "/o/bench",
      portfolioByName: "/o/bench?sort=name&dir=asc&page=200",
      projectList: "/o/bench/projects",
      projectSearch: "/o/bench/projects?q=intake",
      trivialPage: "/account",
      health: "/api/health",
    };
    const timed = await timeGetsInTurn(session, Object.values(paths), SAMPLES, WARM_UP);
    const serverMs = Object.fromEntries(Object.entries(paths).map(([name, url]) => [name, timed.get(url)!])) as Record<
      keyof typeof paths,
      { p50: number; p95: number }
    >;
    const ratio = (name: keyof typeof paths) => Math.round((serverMs[name].p50 / serverMs.trivialPage.p50) * 100) / 100;
    const result = {
      seed: { projects: PROJECTS, snapshotsPerProject: SNAPSHOTS, seconds: Math.round(seedSeconds) },
      serverMs,
      ratioP50ToTrivialPage: {
        portfolio: ratio("portfolio"),
        portfolioByName: ratio("portfolioByName"),
        projectList: ratio("projectList"),
      },
      goalRatio: GOAL_RATIO,
    };
    console.log(
      `\nPortfolio benchmark (${PROJECTS.toLocaleString("en")} projects × ${SNAPSHOTS} snapshots, seeded in ${result.seed.seconds} s)`,
    );
    console.log("route                 p50 ms   p95 ms   ÷ trivial p50");
    for (const [name, t] of Object.entries(serverMs))
      console.log(
        `${name.padEnd(20)} ${t.p50.toFixed(1).padStart(7)} ${t.p95.toFixed(1).padStart(8)}   ×${ratio(name as keyof typeof paths).toFixed(2)}`,
      );
    console.log(
      `portfolio ÷ trivial page: ×${result.ratioP50ToTrivialPage.portfolio} — ${result.ratioP50ToTrivialPage.portfolio <= GOAL_RATIO ? "goal met" : "goal missed"} (≤ ×${GOAL_RATIO})`,
    );
    mkdirSync(path.join(repoRoot, ".bench"), { recursive: true });
    writeFileSync(path.join(repoRoot, ".bench", "portfolio.json"), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
