/**
 * `npm run bench:dashboard`: a benchmark organization with 1,000 projects × 5 snapshots on a
 * fresh embedded PostgreSQL, the production build, then the portfolio page's server time next
 * to trivial dynamic routes in the same run, and first-load JS of the dashboard routes.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { openDatabase, repoRoot } from "@/lib/db/open-database";
import { buildIsStale } from "../build-state";
import { seedBenchOrganization } from "./bench-data";
import { Session } from "../http/session";
import { firstLoadJs, timeGets } from "../http/timing";

const PORT = 3301;
const BASE = `http://localhost:${PORT}`;
const EMAIL = "bench@preflight.local";
const PASSWORD = "bench-password-1";
const bin = (name: string) => path.join(repoRoot, "node_modules", ".bin", name);

async function waitForServer(url: string) {
  for (let i = 0; i < 120; i += 1) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start");
}

async function main() {
  const env = { ...process.env, NEXTAUTH_SECRET: "bench-secret", NEXT_TELEMETRY_DISABLED: "1" };
  if (buildIsStale(repoRoot)) spawnSync(bin("next"), ["build"], { cwd: repoRoot, stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
  const database = await openDatabase({ fresh: true, clusterName: "pg-bench", port: 54341 });
  const db = createPrismaClient(database.url);
  const seeded = performance.now();
  const organization = await seedBenchOrganization(db, repoRoot, { slug: "bench", projects: 1000, snapshots: 5, email: EMAIL, password: PASSWORD });
  const seedSeconds = (performance.now() - seeded) / 1000;
  // A live database has planner statistics (autovacuum gathers them); a bulk load has none yet.
  await db.$executeRaw`ANALYZE`;
  const project = await db.project.findFirstOrThrow({ where: { organizationId: organization.id }, select: { id: true } });
  await db.$disconnect();
  const server = spawn(bin("next"), ["start", "-p", String(PORT)], { cwd: repoRoot, env: { ...env, NODE_ENV: "production", DATABASE_URL: database.url }, stdio: "ignore" });
  try {
    await waitForServer(`${BASE}/api/health`);
    const session = new Session(BASE);
    await session.signIn(EMAIL, PASSWORD);
    const rows = {
      portfolio: await timeGets(session, "/o/bench", 40),
      projectDashboard: await timeGets(session, `/o/bench/projects/${project.id}/dashboard`, 40),
      trivialPage: await timeGets(session, "/account", 40),
      health: await timeGets(session, "/api/health", 40),
    };
    const js = {
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
    console.log("\nDashboard benchmark (1,000 projects × 5 snapshots, 40 sequential requests each after 5 warm-ups)");
    console.log("route                 p50 ms   p95 ms");
    for (const [name, t] of Object.entries(rows)) console.log(`${name.padEnd(20)} ${t.p50.toFixed(1).padStart(7)} ${t.p95.toFixed(1).padStart(8)}`);
    console.log(`portfolio / trivial page: p50 ×${result.ratioPortfolioToTrivialPage.p50.toFixed(2)}, p95 ×${result.ratioPortfolioToTrivialPage.p95.toFixed(2)} (goal ≤ 3)`);
    console.log("first-load JS (gzip):", Object.entries(result.firstLoadJsGzipKb).map(([k, v]) => `${k} ${v} kB`).join(", "), "(goal ≤ 280 kB)");
    mkdirSync(path.join(repoRoot, ".bench"), { recursive: true });
    writeFileSync(path.join(repoRoot, ".bench", "dashboard.json"), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    server.kill("SIGTERM");
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
