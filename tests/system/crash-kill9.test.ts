/**
 * `kill -9` of the server under a steady autosave load from six editors, then a restart.
 * Every acknowledged save must be in the database at the revision it was acknowledged as;
 * no save may be half-written (a document mixing two saves, summary columns that are not its
 * evaluation, a revision without its audit event); the editors carry on after the restart.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { verifyAssessment } from "./support/audit-chain";
import { SaveLedger } from "./support/simulated-editor";
import { SystemStack } from "./support/stack";
import { addDemoEditors, baselines, demoProjectIds, loadFor, signedInEditors } from "./support/demo-editors";

/** Six editors on four projects: two work alone, two pairs share one (conflicts, rebases). */
const EDITORS = [
  { email: "demo@preflight.local", project: 0 },
  { email: "ops@preflight.local", project: 1 },
  { email: "editor-3@crash.test", project: 2 },
  { email: "editor-4@crash.test", project: 2 },
  { email: "editor-5@crash.test", project: 3 },
  { email: "editor-6@crash.test", project: 3 },
];
/** Several kills, so that some land while saves are inside their transaction. */
const KILLS = 3;
/** Before each kill: this long, and this many saves acknowledged. */
const LOAD_BEFORE_KILL_MS = 1_500;
const SAVES_BEFORE_KILL = 12;
const LOAD_AFTER_RESTART_MS = 2_500;

let stack: SystemStack;
beforeAll(async () => {
  stack = await SystemStack.start({ name: "pg-sys-crash", appPort: 3224, pgPort: 15354, demo: true });
});
afterAll(async () => stack?.close());

async function serverIsGone(): Promise<boolean> {
  return fetch(`${stack.base}/sign-in`, { signal: AbortSignal.timeout(2_000) }).then(
    () => false,
    () => true,
  );
}

it("keeps every acknowledged save, and only whole saves, across a kill -9 mid-load", async () => {
  await addDemoEditors(
    stack.db,
    EDITORS.map((e) => e.email).filter((email) => email.endsWith("@crash.test")),
  );
  const projectIds = await demoProjectIds(stack.db, 4);
  const before = await baselines(stack.db, projectIds);
  const users = await stack.db.user.findMany({ where: { email: { in: EDITORS.map((e) => e.email) } } });
  const userIds = new Map(users.map((u) => [u.email, u.id]));

  const ledger = new SaveLedger();
  const editors = await signedInEditors(stack.base, EDITORS, projectIds, ledger);

  let running = true;
  const load = editors.map((editor) => editor.run(() => running));
  const restarts: number[] = [];
  /** Saves acknowledged in the load before each kill. */
  const loadBeforeKill: number[] = [];
  let restartedAt = 0;
  try {
    for (let kill = 0; kill < KILLS; kill += 1) {
      const counted = ledger.acknowledged.length;
      // The kill must land in a steady load, not in the warm-up after the previous restart.
      await loadFor(LOAD_BEFORE_KILL_MS, () => ledger.acknowledged.length - counted >= SAVES_BEFORE_KILL);
      loadBeforeKill.push(ledger.acknowledged.length - counted);
      await stack.killApp();
      const killedAt = Date.now();
      expect(await serverIsGone(), "nothing answers on the port after kill -9").toBe(true);
      await stack.startApp();
      restartedAt = Date.now();
      restarts.push(restartedAt - killedAt);
    }
    const savedAgain = () => EDITORS.every(({ email }) => ledger.acknowledged.some((a) => a.editor === email && a.at >= restartedAt));
    await loadFor(LOAD_AFTER_RESTART_MS, savedAgain);
  } finally {
    running = false;
    await Promise.all(load);
  }

  const reports = await Promise.all(before.map((baseline) => verifyAssessment(stack.db, ledger, baseline, userIds)));
  const afterRestart = ledger.acknowledged.filter((a) => a.at >= restartedAt);
  console.log(
    `${KILLS} kill -9 and restarts (${restarts.join("/")} ms back up) after ${loadBeforeKill.join("/")} acknowledged saves; ` +
      `${ledger.acknowledged.length} acknowledged saves (${afterRestart.length} after the last restart, ` +
      `${ledger.acknowledged.filter((a) => a.how === "confirmed").length} confirmed by a 409 that held them), ` +
      `${ledger.conflicts} conflicts, ${ledger.networkFailures} failed requests retried; ` +
      `stored without acknowledgement: ${reports.map((r) => r.storedUnacknowledged).join("/")}; ` +
      `final revisions ${reports.map((r, i) => `${before[i]!.revision}→${r.finalRevision}`).join(", ")}`,
  );

  expect(ledger.unexpected).toEqual([]);
  expect(reports.flatMap((r) => r.problems)).toEqual([]);
  expect(Math.min(...loadBeforeKill), `saves acknowledged before each kill: ${loadBeforeKill.join("/")}`).toBeGreaterThanOrEqual(
    SAVES_BEFORE_KILL,
  );
  expect(ledger.networkFailures, "the kill cut requests or refused them").toBeGreaterThan(0);
  expect(
    [...ledger.statuses.keys()].filter((s) => s !== 200 && s !== 409),
    "only 200s and 409s: no 5xx, no validation errors",
  ).toEqual([]);
  expect(ledger.conflicts, "the editors sharing a project met conflicts").toBeGreaterThan(0);
  for (const { email } of EDITORS) {
    expect(
      afterRestart.some((a) => a.editor === email),
      `${email} saves again after the last restart`,
    ).toBe(true);
  }
  // A save stored without its acknowledgement can only be one in flight at a kill: one per editor and kill at most.
  for (const [index, report] of reports.entries()) {
    const editorsOnProject = EDITORS.filter((e) => e.project === index).length;
    expect(report.storedUnacknowledged).toBeLessThanOrEqual(editorsOnProject * KILLS);
  }
});
