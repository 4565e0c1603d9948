/**
 * Issue #19, "a full disk during backup": `npm run backup` into a directory with no room
 * left fails with one line naming the cause, leaves no partial archive behind, and neither
 * the database nor the app serving from it notices. The full disk is a 1 MB tmpfs mounted in
 * a mount namespace of the command's own (as root; otherwise in a user namespace too), so
 * nothing on the machine is touched.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Session } from "@/lib/cli/http/session";
import { assessmentUrl } from "@/components/workspace/save-request";
import { backupCommand, run } from "./support/backup-cli";
import { DEMO_PASSWORD, DEMO_SLUG, demoProjectIds } from "./support/demo-editors";
import { SystemStack } from "./support/stack";

const CLUSTER = "pg-sys-full-disk";
const PG_PORT = 15381;
const LISTING = "--- left in the output directory:";

let stack: SystemStack;
const fullDir = mkdtempSync(path.join(os.tmpdir(), "preflight-full-disk-"));
const roomyDir = mkdtempSync(path.join(os.tmpdir(), "preflight-roomy-"));
beforeAll(async () => {
  stack = await SystemStack.start({ name: CLUSTER, appPort: 3253, pgPort: PG_PORT, demo: true });
});
afterAll(async () => {
  await stack?.close();
  rmSync(fullDir, { recursive: true, force: true });
  rmSync(roomyDir, { recursive: true, force: true });
});

/** The backup into a 1 MB filesystem, then what it left there (listed before the mount goes away with the namespace). */
function backupOntoFullDisk() {
  const asRoot = process.getuid?.() === 0;
  const backup = backupCommand("backup", ["--out", fullDir], { cluster: CLUSTER, port: PG_PORT });
  const script = `mount -t tmpfs -o size=1m preflight-full "$0" || exit 99; "$@"; code=$?; echo "${LISTING}"; ls -A "$0"; exit $code`;
  const namespace = asRoot ? ["unshare", "--mount"] : ["unshare", "--user", "--map-root-user", "--mount"];
  return run([...namespace, "sh", "-c", script, fullDir, ...backup]);
}

async function save(session: Session, url: string): Promise<number> {
  const current = (await (await session.get(url)).json()) as { revision: number; answers: object; scores: object };
  const response = await session.request("PUT", url, {
    json: { baseRevision: current.revision, answers: current.answers, scores: current.scores },
  });
  await response.arrayBuffer();
  return response.status;
}

it("fails a backup onto a full disk with one line, leaves no partial archive, and the app keeps saving", async () => {
  const session = new Session(stack.base);
  await session.signIn("ops@preflight.local", DEMO_PASSWORD);
  const [projectId] = await demoProjectIds(stack.db, 1);
  const url = assessmentUrl(DEMO_SLUG, projectId!);

  const result = await backupOntoFullDisk();
  expect(result.code, `the mount worked: ${result.stderr}`).not.toBe(99);
  expect(result.code).not.toBe(0);
  const errorLines = result.stderr.trim().split("\n");
  expect(errorLines, result.stderr).toHaveLength(1);
  expect(errorLines[0]).toMatch(/^preflight: .*(no space left|ENOSPC)/i);
  expect(result.stdout.split(LISTING)[1]?.trim(), "nothing left in the output directory").toBe("");

  // The database let go of the backup (its replication slot and backup mode): saves and the next backup work.
  expect(await save(session, url)).toBe(200);
  const slots = await stack.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_replication_slots`;
  expect(Number(slots[0]!.n)).toBe(0);
  const next = await run(backupCommand("backup", ["--out", roomyDir], { cluster: CLUSTER, port: PG_PORT }));
  expect(next.code, next.stderr).toBe(0);
  expect(await save(session, url)).toBe(200);
});
