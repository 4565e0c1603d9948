/**
 * `npm run bench:dashboard`: a benchmark organization with 1,000 projects × 5 snapshots on a
 * fresh embedded PostgreSQL, the production build, then the portfolio page's server time next
 * to trivial dynamic routes in the same run, and first-load JS of the dashboard routes.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { repoRoot } from "@/lib/db/open-database";
import { startBenchServer } from "./bench-server";
import { seedBenchOrganization } from "./bench-data";
import { Session } from "../http/session";
import { firstLoadJs, timeGetsInTurn } from "../http/timing";

const EMAIL = "bench@preflight.local";
const WARM_UP = 20;
const SAMPLES = 60;
const PASSWORD = "bench-password-1";
/** Issue #18's size: a member with 2,000 remediation items across 200 projects. */
const REMEDIATION = { plans: 200, itemsPerPlan: 10 };

/** Remediation plans on the first projects, every item assigned to the benchmark user, due dates spread over 90 days. */
async function seedRemediationWork(db: Db, organizationId: string, email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const projects = await db.project.findMany({
    where: { organizationId },
    select: { id: true },
    orderBy: { name: "asc" },
    take: REMEDIATION.plans,
  });
  const start = new Date();
  start.setUTCHours(0, 0, 0, 0);
  const day = (offset: number) => new Date(start.getTime() + offset * 86_400_000);
  for (const project of projects) {
    const plan = await db.remediationPlan.create({
      data: { organizationId, projectId: project.id, startDate: day(-20), reconciledRevision: 1_000_000 },
    });
    await db.remediationItem.createMany({
      data: Array.from({ length: REMEDIATION.itemsPerPlan }, (_, i) => ({
        organizationId,
        projectId: project.id,
        planId: plan.id,
        key: `DUTY_UNOWNED@answers.maintenance.duty${i}`,
        ruleId: "DUTY_UNOWNED",
        target: `answers.maintenance.duty${i}`,
        severity: i < 3 ? ("blocker" as const) : ("warning" as const),
        track: (["launch_gate", "safe_writes", "semantics", "observability"] as const)[i % 4]!,
        window: (["days_1_30", "days_31_60", "days_61_90"] as const)[i % 3]!,
        title: "Maintenance duty without an owner",
        message: `Nobody owns maintenance duty ${i} of this integration.`,
        remediation: "Name a person or team for the duty.",
        position: i,
        dueDate: day(((i * 9) % 90) - 20),
        assigneeId: user.id,
        status: i % 5 === 0 ? ("in_progress" as const) : ("open" as const),
      })),
    });
  }
}

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
      await seedRemediationWork(db, organization.id, EMAIL);
      seedSeconds = (performance.now() - started) / 1000;
      return db.project.findFirstOrThrow({ where: { organizationId: organization.id }, select: { id: true }, orderBy: { name: "asc" } });
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
      myItems: "/o/bench/my-items",
      remediationPlan: `/o/bench/projects/${project.id}/plan`,
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
      ratioMyItemsToTrivialPage: { p50: rows.myItems.p50 / rows.trivialPage.p50, p95: rows.myItems.p95 / rows.trivialPage.p95 },
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
      `my items (${REMEDIATION.plans * REMEDIATION.itemsPerPlan} items over ${REMEDIATION.plans} projects) / trivial page: p50 ×${result.ratioMyItemsToTrivialPage.p50.toFixed(2)}, p95 ×${result.ratioMyItemsToTrivialPage.p95.toFixed(2)} (goal ≤ 3)`,
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
