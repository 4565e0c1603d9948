/**
 * `npm run bench:lighthouse`: Lighthouse 12 (performance and accessibility) in Debian's
 * Chromium, desktop and mobile presets, for the sign-in page (signed out) and the
 * portfolio and workspace pages (signed in as the demo owner), against the production
 * build on a fresh embedded database with the demo data.
 * Goals: performance ≥ 95 desktop and ≥ 90 mobile, accessibility 100. Writes .bench/lighthouse.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Config, type Flags } from "lighthouse";
import { repoRoot } from "@/lib/db/open-database";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { seedDemo } from "@/lib/demo/seed-demo";
import { chromiumPath } from "@/lib/cli/test-tools";
import { Session } from "../http/session";
import { startBenchServer } from "./bench-server";

const GOALS = { desktop: 95, mobile: 90, accessibility: 100 };
const ORG = "northwind-revenue-ops";

interface Row {
  page: string;
  formFactor: "desktop" | "mobile";
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

async function main() {
  const server = await startBenchServer({
    cluster: "pg-bench-lh",
    pgPort: 15343,
    appPort: 3303,
    seed: async (db) => {
      await seedDemo(db);
      const project = await db.project.findFirstOrThrow({
        where: { organization: { slug: ORG }, archivedAt: null },
        orderBy: { name: "asc" },
        select: { id: true },
      });
      return project.id;
    },
  });
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--disable-background-networking",
    ],
  });
  try {
    const session = new Session(server.base);
    await session.signIn(DEMO_USERS[0].email, DEMO_PASSWORD);
    const pages = [
      { page: "sign-in", url: "/sign-in", signedIn: false },
      { page: "portfolio", url: `/o/${ORG}`, signedIn: true },
      { page: "workspace", url: `/o/${ORG}/projects/${server.seeded}`, signedIn: true },
    ];
    // A running server has compiled its code paths; a cold first request is not what users meet.
    for (const target of pages)
      for (let i = 0; i < 5; i += 1) await (await (target.signedIn ? session : new Session(server.base)).get(target.url)).arrayBuffer();
    const rows: Row[] = [];
    const reports = path.join(repoRoot, ".bench", "lighthouse");
    mkdirSync(reports, { recursive: true });
    // `-- portfolio mobile` limits the run to those pages and form factors.
    const only = process.argv.slice(2);
    for (const formFactor of ["desktop", "mobile"] as const) {
      if (only.some((o) => o === "desktop" || o === "mobile") && !only.includes(formFactor)) continue;
      for (const target of pages) {
        if (only.some((o) => pages.some((p) => p.page === o)) && !only.includes(target.page)) continue;
        const flags: Flags = {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          ...(target.signedIn ? { extraHeaders: { Cookie: session.cookieHeader() } } : {}),
        };
        const config: Config | undefined = formFactor === "desktop" ? desktopConfig : undefined;
        const result = await lighthouse(`${server.base}${target.url}`, flags, config);
        if (!result) throw new Error(`no Lighthouse result for ${target.page}`);
        const { categories, audits, finalDisplayedUrl } = result.lhr;
        // The full report, for finding out why a score is what it is.
        writeFileSync(path.join(reports, `${target.page}-${formFactor}.json`), JSON.stringify(result.lhr));
        if (!finalDisplayedUrl.endsWith(target.url)) throw new Error(`${target.page} ended on ${finalDisplayedUrl}`);
        const numeric = (id: string) => Math.round(audits[id]?.numericValue ?? NaN);
        rows.push({
          page: target.page,
          formFactor,
          performance: Math.round((categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
          fcpMs: numeric("first-contentful-paint"),
          lcpMs: numeric("largest-contentful-paint"),
          tbtMs: numeric("total-blocking-time"),
          cls: Math.round((audits["cumulative-layout-shift"]?.numericValue ?? NaN) * 1000) / 1000,
        });
      }
    }
    console.log("\nLighthouse 12 (Debian Chromium, simulated throttling)");
    console.log("page        form      perf  a11y   FCP ms   LCP ms   TBT ms    CLS");
    for (const r of rows) {
      console.log(
        `${r.page.padEnd(11)} ${r.formFactor.padEnd(8)} ${String(r.performance).padStart(5)} ${String(r.accessibility).padStart(5)} ${String(r.fcpMs).padStart(8)} ${String(r.lcpMs).padStart(8)} ${String(r.tbtMs).padStart(8)} ${r.cls.toFixed(3).padStart(6)}`,
      );
    }
    const missed = rows
      .flatMap((r) => [
        r.performance < GOALS[r.formFactor] ? `${r.page} ${r.formFactor} performance ${r.performance} < ${GOALS[r.formFactor]}` : null,
        r.accessibility < GOALS.accessibility
          ? `${r.page} ${r.formFactor} accessibility ${r.accessibility} < ${GOALS.accessibility}`
          : null,
      ])
      .filter((m): m is string => m !== null);
    console.log(missed.length === 0 ? "all goals met" : `goals missed: ${missed.join("; ")}`);
    mkdirSync(path.join(repoRoot, ".bench"), { recursive: true });
    writeFileSync(
      path.join(repoRoot, ".bench", "lighthouse.json"),
      `${JSON.stringify({ benchmark: "lighthouse", lighthouse: "12", goals: GOALS, rows, goalsMissed: missed }, null, 2)}\n`,
    );
  } finally {
    chrome.kill();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
