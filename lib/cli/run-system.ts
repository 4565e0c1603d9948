/**
 * `npm run test:system`: builds when the build is stale, then runs the system tests, which
 * start the production server on embedded databases of their own to attack, load and crash it.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { repoRoot } from "@/lib/db/open-database";
import { buildIsStale } from "./build-state";

const bin = (name: string) => path.join(repoRoot, "node_modules", ".bin", name);
// The system tests start and stop databases of their own; a configured server is not theirs to restart.
const { DATABASE_URL: _configured, ...inherited } = process.env;
const env = { ...inherited, NEXT_TELEMETRY_DISABLED: "1" };

if (buildIsStale(repoRoot)) {
  const build = spawnSync(bin("next"), ["build"], { cwd: repoRoot, stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync(bin("vitest"), ["run", "--project", "system", ...process.argv.slice(2)], { cwd: repoRoot, stdio: "inherit", env });
process.exit(run.status ?? 1);
