/**
 * `npm run bench:saves`: autosave under concurrent editors. 50 editors (members with the
 * editor role) each own a project of a benchmark organization and save the whole draft
 * through the real autosave API (PUT …/assessment with the base revision), one save after
 * another, as the workspace does. At 20 and then 50 concurrent editors: save latency p50 /
 * p95 and throughput, next to a trivial dynamic route (GET /api/health: one `SELECT 1`)
 * under the same concurrency in the same run. Goal: save p50 / trivial p50 ≤ 3.
 * Then every project gets a 90-day remediation plan and the 50 editors save again: each save
 * moves a score across the blocking threshold, so every save also resolves or reopens a plan
 * item (the worst case). Goal: p50 with plans ≤ 1.1 × p50 without, same run.
 * Writes .bench/saves.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { repoRoot } from "@/lib/db/open-database";
import { seedBenchOrganization } from "./bench-data";
import { startBenchServer } from "./bench-server";
import { addProjectEditors, editorSaves, load } from "./save-load";

const EDITORS = 50;
const LEVELS = [20, 50];
const SAVES_PER_EDITOR = 30;
const PASSWORD = "bench-password-1";
const GOAL_RATIO = 3;
const PLAN_GOAL_RATIO = 1.1;

async function main() {
  const server = await startBenchServer({
    cluster: "pg-bench-saves",
    pgPort: 15342,
    appPort: 3302,
    seed: async (db) => {
      const organization = await seedBenchOrganization(db, repoRoot, {
        slug: "saves",
        projects: EDITORS,
        snapshots: 1,
        email: "saves-owner@preflight.local",
        password: PASSWORD,
      });
      return addProjectEditors(db, organization.id, PASSWORD);
    },
  });
  try {
    const { projects } = server.seeded;
    const { save, sessions } = await editorSaves(server.base, "saves", server.seeded, PASSWORD, repoRoot);
    // Warm-up: every editor's first save, and the trivial route.
    await load(EDITORS, 2, save);
    await load(EDITORS, 2, (worker) => sessions[worker]!.get("/api/health"));

    const levels = [];
    for (const editors of LEVELS) {
      const trivial = await load(editors, SAVES_PER_EDITOR, (worker) => sessions[worker]!.get("/api/health"));
      const saves = await load(editors, SAVES_PER_EDITOR, save);
      levels.push({
        editors,
        saves,
        trivial,
        ratioP50: Math.round((saves.p50 / trivial.p50) * 100) / 100,
        ratioP95: Math.round((saves.p95 / trivial.p95) * 100) / 100,
      });
    }
    // Every project gets a plan, made as the app makes one: its items come with the next save.
    const db = createPrismaClient(server.databaseUrl);
    try {
      const today = new Date().toISOString().slice(0, 10);
      await db.remediationPlan.createMany({
        data: await Promise.all(
          projects.map(async (projectId) => {
            const draft = await db.assessment.findUniqueOrThrow({ where: { projectId }, select: { organizationId: true, revision: true } });
            return {
              organizationId: draft.organizationId,
              projectId,
              startDate: new Date(`${today}T00:00:00Z`),
              reconciledRevision: draft.revision,
            };
          }),
        ),
      });
    } finally {
      await db.$disconnect();
    }
    await load(EDITORS, 2, save);
    const without = levels.at(-1)!;
    const withPlans = await load(EDITORS, SAVES_PER_EDITOR, save);
    const planRatio = Math.round((withPlans.p50 / without.saves.p50) * 100) / 100;

    console.log(`\nAutosave benchmark (${SAVES_PER_EDITOR} saves per editor, whole draft of public/examples/ready.json each time)`);
    console.log("editors  save p50  save p95  saves/s  health p50  health p95  ratio p50  ratio p95");
    for (const l of levels) {
      console.log(
        `${String(l.editors).padStart(7)} ${l.saves.p50.toFixed(1).padStart(9)} ${l.saves.p95.toFixed(1).padStart(9)} ${l.saves.perSecond.toFixed(0).padStart(8)} ${l.trivial.p50.toFixed(1).padStart(11)} ${l.trivial.p95.toFixed(1).padStart(11)} ${("×" + l.ratioP50.toFixed(2)).padStart(10)} ${("×" + l.ratioP95.toFixed(2)).padStart(10)}`,
      );
    }
    const missed = levels.filter((l) => l.ratioP50 > GOAL_RATIO).map((l) => `${l.editors} editors: ×${l.ratioP50}`);
    console.log(
      missed.length === 0
        ? `goal met: save p50 ≤ ×${GOAL_RATIO} the trivial route's`
        : `goal missed (≤ ×${GOAL_RATIO}): ${missed.join("; ")}`,
    );
    console.log(
      `with remediation plans, ${EDITORS} editors: save p50 ${withPlans.p50.toFixed(1)} ms, p95 ${withPlans.p95.toFixed(1)} ms (without: ${without.saves.p50.toFixed(1)} / ${without.saves.p95.toFixed(1)}): ×${planRatio} — ${planRatio <= PLAN_GOAL_RATIO ? "goal met" : "goal missed"} (≤ ×${PLAN_GOAL_RATIO})`,
    );
    mkdirSync(path.join(repoRoot, ".bench"), { recursive: true });
    writeFileSync(
      path.join(repoRoot, ".bench", "saves.json"),
      `${JSON.stringify({ benchmark: "saves", savesPerEditor: SAVES_PER_EDITOR, goalRatio: GOAL_RATIO, levels, withPlans: { ...withPlans, ratioToWithout: planRatio, goalRatio: PLAN_GOAL_RATIO } }, null, 2)}\n`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
