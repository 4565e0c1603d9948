/**
 * `npm run backup` under a steady autosave load, then the disaster: the app stops, the data
 * directory is destroyed, `npm run restore` brings the archive back and the app serves
 * again. Every save acknowledged before the backup started must be there, as one consistent
 * chain of whole saves. A restore while the database runs, a truncated archive, an archive
 * whose contents differ from its manifest and one from a newer schema are each refused with
 * one line, leaving the data in place untouched.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Session } from "@/lib/cli/http/session";
import { assessmentUrl } from "@/components/workspace/save-request";
import { clusterPath } from "@/lib/db/embedded-postgres";
import { dataDir } from "@/lib/db/open-database";
import { verifyAssessment, type Baseline } from "./support/audit-chain";
import { SaveLedger, SimulatedEditor, type Doc } from "./support/simulated-editor";
import { SystemStack } from "./support/stack";
import { backupCommand, run, type CliResult } from "./support/backup-cli";
import { BACKUP_NICENESS, startBackupSchedule } from "@/lib/backup/schedule";

const SLUG = "northwind-revenue-ops";
const PASSWORD = "preflight-demo";
const EDITORS = ["demo@preflight.local", "ops@preflight.local"];
const CLUSTER = "pg-sys-backup";
const PG_PORT = 15470;
const SAVES_BEFORE_BACKUP = 10;
const SAVES_DURING_AND_AFTER = 10;

let stack: SystemStack;
const outDir = mkdtempSync(path.join(os.tmpdir(), "preflight-backup-test-"));
beforeAll(async () => {
  stack = await SystemStack.start({ name: CLUSTER, appPort: 3470, pgPort: PG_PORT, demo: true });
});
afterAll(async () => {
  await stack?.close();
  rmSync(outDir, { recursive: true, force: true });
});

/** Runs the real command without blocking the event loop, so the editors keep saving meanwhile. */
function cli(command: "backup" | "restore", args: string[]): Promise<CliResult> {
  return run(backupCommand(command, args, { cluster: CLUSTER, port: PG_PORT }));
}

/** The cluster's files with their sizes and pg_control's digest: changes when anything replaces the cluster. */
function fingerprint(dir: string): string {
  const hash = createHash("sha256");
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const child = path.join(rel, name);
      const stat = statSync(path.join(dir, child));
      if (stat.isDirectory()) walk(child);
      else hash.update(`${child}:${stat.size}\n`);
    }
  };
  walk("");
  hash.update(readFileSync(path.join(dir, "global", "pg_control")));
  return hash.digest("hex");
}

async function loadUntil(done: () => boolean): Promise<void> {
  const started = Date.now();
  while (!done() && Date.now() - started < 60_000) await new Promise((resolve) => setTimeout(resolve, 50));
}

it("restores every save acknowledged before the backup, after the data directory is lost", async () => {
  const projects = await stack.db.project.findMany({
    where: { organization: { slug: SLUG } },
    orderBy: { name: "asc" },
    take: EDITORS.length,
    select: { id: true },
  });
  const before: Baseline[] = [];
  for (const { id: projectId } of projects) {
    const a = await stack.db.assessment.findUniqueOrThrow({ where: { projectId } });
    const events = await stack.db.auditEvent.findMany({ where: { entityType: "assessment", entityId: a.id }, select: { id: true } });
    before.push({
      projectId,
      assessmentId: a.id,
      revision: a.revision,
      doc: { answers: a.answers, scores: a.scores } as Doc,
      eventIds: new Set(events.map((e) => e.id)),
    });
  }
  const users = await stack.db.user.findMany({ where: { email: { in: EDITORS } } });
  const userIds = new Map(users.map((u) => [u.email, u.id]));
  const ledger = new SaveLedger();
  const editors = await Promise.all(
    EDITORS.map(async (email, index) => {
      const session = new Session(stack.base);
      await session.signIn(email, PASSWORD);
      const url = assessmentUrl(SLUG, projects[index]!.id);
      const start = (await (await session.get(url)).json()) as { revision: number } & Doc;
      return new SimulatedEditor(email, index, session, url, projects[index]!.id, ledger, {
        revision: start.revision,
        doc: { answers: start.answers, scores: start.scores },
      });
    }),
  );

  let running = true;
  const load = editors.map((editor) => editor.run(() => running));
  let backupStartedAt = 0;
  let backup: CliResult;
  let whileRunning: CliResult;
  let savedMeanwhile = 0;
  try {
    await loadUntil(() => ledger.acknowledged.length >= SAVES_BEFORE_BACKUP);
    backupStartedAt = Date.now();
    backup = await cli("backup", ["--out", outDir, "--keep", "2"]);
    const afterBackup = ledger.acknowledged.length;
    await loadUntil(() => ledger.acknowledged.length >= afterBackup + SAVES_DURING_AND_AFTER);
    savedMeanwhile = ledger.acknowledged.filter((a) => a.at > backupStartedAt).length;
    const archive = path.join(outDir, readdirSync(outDir)[0] ?? "none");
    whileRunning = await cli("restore", [archive, "--force"]);
  } finally {
    running = false;
    await Promise.all(load);
  }
  expect(backup.code, backup.stderr).toBe(0);
  expect(whileRunning.code).toBe(1);
  expect(whileRunning.stderr.trim()).toMatch(/^preflight: PostgreSQL \(pid \d+\) is running on .*: stop the app first, then restore\.$/);
  expect(ledger.unexpected).toEqual([]);

  const archives = readdirSync(outDir);
  expect(archives).toHaveLength(1);
  const archive = path.join(outDir, archives[0]!);
  const acknowledgedBefore = ledger.acknowledged.filter((a) => a.at <= backupStartedAt);
  const acknowledgedAfter = ledger.acknowledged.filter((a) => a.at > backupStartedAt);
  console.log(
    `${backup.stdout.trim()}; ${acknowledgedBefore.length} saves acknowledged before it started, ${savedMeanwhile} during and after`,
  );
  expect(savedMeanwhile, "the editors kept saving while the backup ran and after").toBeGreaterThanOrEqual(SAVES_DURING_AND_AFTER);

  // The disaster: the app stops and the data directory is gone.
  await stack.stopApp();
  await stack.stopPostgres();
  const clusterDir = clusterPath(dataDir(), CLUSTER);
  rmSync(clusterDir, { recursive: true, force: true });

  const restored = await cli("restore", [archive]);
  expect(restored.code, restored.stderr).toBe(0);
  expect(restored.stdout).toMatch(/restored the backup of/);
  await stack.startPostgres();
  await stack.startApp();

  // What was acknowledged before the backup started is there, as one chain of whole saves.
  const beforeBackup = new SaveLedger();
  for (const [tag, sent] of ledger.sent) beforeBackup.sent.set(tag, sent);
  beforeBackup.acknowledged.push(...acknowledgedBefore);
  const reports = await Promise.all(before.map((baseline) => verifyAssessment(stack.db, beforeBackup, baseline, userIds)));
  expect(reports.flatMap((r) => r.problems)).toEqual([]);
  for (const [index, report] of reports.entries()) {
    const last = Math.max(...acknowledgedBefore.filter((a) => a.projectId === before[index]!.projectId).map((a) => a.revision));
    expect(report.finalRevision).toBeGreaterThanOrEqual(last);
  }
  // Saves acknowledged after the backup finished cannot be in it: the restore really went back in time.
  const wentBack = reports.some(
    (r, i) => r.finalRevision < Math.max(...acknowledgedAfter.filter((a) => a.projectId === before[i]!.projectId).map((a) => a.revision)),
  );
  expect(wentBack, "some save acknowledged after the backup is not in the restored database").toBe(true);

  // The app serves the restored data.
  const session = new Session(stack.base);
  await session.signIn("demo@preflight.local", PASSWORD);
  const portfolio = await session.get(`/o/${SLUG}`);
  expect(portfolio.status).toBe(200);
  expect(await portfolio.text()).toContain("readiness portfolio");

  // Damaged archives are refused and leave the restored cluster as it is.
  await stack.stopApp();
  await stack.stopPostgres();
  const untouched = fingerprint(clusterDir);
  const bytes = readFileSync(archive);
  const truncated = path.join(outDir, "truncated.tar.gz");
  writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const unpacked = mkdtempSync(path.join(os.tmpdir(), "preflight-backup-edit-"));
  execFileSync("tar", ["xzf", archive, "-C", unpacked]);
  writeFileSync(path.join(unpacked, "data", "postgresql.conf"), "\n# changed after the backup\n", { flag: "a" });
  const tampered = path.join(outDir, "tampered.tar.gz");
  execFileSync("tar", ["czf", tampered, "-C", unpacked, "data", "manifest.json"]);
  // The untouched files again, with a manifest that names a migration this code does not have.
  execFileSync("tar", ["xzf", archive, "-C", unpacked, "data/postgresql.conf"]);
  const manifestFile = path.join(unpacked, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { migrations: string[] };
  writeFileSync(manifestFile, JSON.stringify({ ...manifest, migrations: [...manifest.migrations, "29991231000000_from_the_future"] }));
  const newer = path.join(outDir, "newer.tar.gz");
  execFileSync("tar", ["czf", newer, "-C", unpacked, "data", "manifest.json"]);
  rmSync(unpacked, { recursive: true, force: true });

  const cut = await cli("restore", [truncated, "--force"]);
  expect(cut.code).toBe(1);
  expect(cut.stderr.trim()).toMatch(/^preflight: The archive (is unreadable \(truncated or corrupt\)|has no manifest).*$/);
  const changed = await cli("restore", [tampered, "--force"]);
  expect(changed.code).toBe(1);
  expect(changed.stderr.trim()).toBe("preflight: The archive is corrupt: checksum mismatch for data/postgresql.conf.");
  const fromNewer = await cli("restore", [newer, "--force"]);
  expect(fromNewer.code).toBe(1);
  expect(fromNewer.stderr.trim()).toMatch(
    /^preflight: The archive comes from a newer Preflight \(migrations this code does not know: 29991231000000_from_the_future\)/,
  );
  const notForced = await cli("restore", [archive]);
  expect(notForced.code).toBe(1);
  expect(notForced.stderr.trim()).toMatch(/already holds a database: pass --force/);
  expect(fingerprint(clusterDir)).toBe(untouched);
  expect(
    readdirSync(path.dirname(clusterDir)).filter((n) => n.startsWith(`${CLUSTER}.`)),
    "no staging or replaced directory left behind",
  ).toEqual([]);

  await stack.startPostgres();
  await stack.startApp();
  const again = await verifyAssessment(stack.db, beforeBackup, before[0]!, userIds);
  expect(again.finalRevision).toBe(reports[0]!.finalRevision);
});

/** The niceness of a running `lib/cli/backup.ts` writing into `out`, read from /proc; null when none runs. */
function backupNiceness(out: string): number | null {
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      if (!commandLine.some((arg) => arg.endsWith("lib/cli/backup.ts")) || !commandLine.includes(out)) continue;
      // Field 19 of stat, counted after the parenthesised command name (which may hold spaces).
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
    } catch {
      // the process ended while we looked
    }
  }
  return null;
}

it("runs scheduled backups as the backup command at the lowest CPU priority, logging each", async () => {
  const out = path.join(outDir, "scheduled");
  const lines: string[] = [];
  const stop = startBackupSchedule(1_000, (line) => lines.push(line), { out, cluster: { name: CLUSTER, port: PG_PORT } });
  const seen = new Set<number>();
  try {
    const started = Date.now();
    while (!lines.some((line) => line.startsWith("scheduled backup written to")) && Date.now() - started < 60_000) {
      const niceness = backupNiceness(out);
      if (niceness !== null) seen.add(niceness);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    stop();
  }
  expect(lines[0]).toBe(`backing up every 1 s into ${out}, keeping 7`);
  expect(lines.find((line) => line.startsWith("scheduled"))).toMatch(/^scheduled backup written to .*preflight-.*\.tar\.gz \(\d+ files/);
  expect([...seen]).toEqual([BACKUP_NICENESS]);
  expect(readdirSync(out).filter((name) => name.endsWith(".tar.gz")).length).toBeGreaterThanOrEqual(1);
});
