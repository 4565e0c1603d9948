/**
 * `npm run bench:dashboard`: a benchmark organization with 1,000 projects × 5 snapshots on a
 * fresh embedded PostgreSQL, the production build, then the portfolio page's server time next
 * to trivial dynamic routes in the same run, and first-load JS of the dashboard routes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "@/lib/db/open-database";
import { startBenchServer } from "./bench-server";
import { seedBenchOrganization } from "./bench-data";
import { Session } from "../http/session";
import { firstLoadJs, timeGetsInTurn } from "../http/timing";

const EMAIL = "bench@preflight.local";
const WARM_UP = 20;
const SAMPLES = 60;
const PASSWORD = "bench-password-1";

async function main() {
  let seedSeconds = 0;
  const server = await startBenchServer({
    cluster: "pg-bench",
    pgPort: 15341,
    appPort: 3301,
    seed: async (db) => {
      const started = performance.now();
      const organization = await seedBenchOrganization(db, repoRoot, {
        slug: "bench",
        projects: 1000,
        snapshots: 5,
        email: EMAIL,
        password: PASSWORD,
      });
      seedSeconds = (performance.now() - started) / 1000;
      return db.project.findFirstOrThrow({ where: { organizationId: organization.id }, select: { id: true } });
    },
  });
  const project = server.seeded;
  const BASE = server.base;
  try {
    const session = new Session(BASE);
    await session.signIn(EMAIL, PASSWORD);
    const paths = {
      portfolio: "/o/bench",
      projectDashboard: `/o/bench/projects/${project.id}/dashboard`,
      trivialPage: "/account",
      health: "/api/health",
    };
    const timed = await timeGetsInTurn(session, Object.values(paths), SAMPLES, WARM_UP);
    const rows = Object.fromEntries(Object.entries(paths).map(([name, path]) => [name, timed.get(path)!])) as Record<
      keyof typeof paths,
      { p50: number; p95: number }
    >;
    const js = {
      signIn: await firstLoadJs(new Session(BASE), BASE, "/sign-in"),
      portfolio: await firstLoadJs(session, BASE, "/o/bench"),
      projectDashboard: await firstLoadJs(session, BASE, `/o/bench/projects/${project.id}/dashboard`),
      workspace: await firstLoadJs(session, BASE, `/o/bench/projects/${project.id}`),
    };
    const result = {
      machine: `${process.platform} ${process.arch}, node ${process.version}`,
      seed: { projects: 1000, snapshotsPerProject: 5, seconds: Math.round(seedSeconds * 10) / 10 },
      serverMs: rows,
      ratioPortfolioToTrivialPage: { p50: rows.portfolio.p50 / rows.trivialPage.p50, p95: rows.portfolio.p95 / rows.trivialPage.p95 },
      firstLoadJsGzipKb: Object.fromEntries(Object.entries(js).map(([k, v]) => [k, Math.round(v / 102.4) / 10])),
    };
    console.log(
      `\nDashboard benchmark (1,000 projects × 5 snapshots; ${SAMPLES} rounds of one request per route in turn, after ${WARM_UP} warm-up rounds)`,
    );
    console.log("route                 p50 ms   p95 ms");
    for (const [name, t] of Object.entries(rows))
      console.log(`${name.padEnd(20)} ${t.p50.toFixed(1).padStart(7)} ${t.p95.toFixed(1).padStart(8)}`);
    console.log(
      `portfolio / trivial page: p50 ×${result.ratioPortfolioToTrivialPage.p50.toFixed(2)}, p95 ×${result.ratioPortfolioToTrivialPage.p95.toFixed(2)} (goal ≤ 3)`,
    );
    console.log(
      "first-load JS (gzip):",
      Object.entries(result.firstLoadJsGzipKb)
        .map(([k, v]) => `${k} ${v} kB`)
        .join(", "),
      "(goal ≤ 280 kB)",
    );
    mkdirSync(path.join(repoRoot, ".bench"), { recursive: true });
    writeFileSync(path.join(repoRoot, ".bench", "dashboard.json"), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
