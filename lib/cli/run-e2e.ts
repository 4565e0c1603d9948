/**
 * `npm run test:e2e`: checks for a browser (and says how to get one), builds when the build is
 * stale, then runs Playwright against the production server on a fresh database.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { repoRoot } from "@/lib/db/open-database";
import { chromiumPath } from "@/lib/cli/test-tools";
import { buildIsStale } from "./build-state";

const bin = (name: string) => path.join(repoRoot, "node_modules", ".bin", name);

try {
  chromiumPath();
} catch (error) {
  console.error(`preflight: ${(error as Error).message}`);
  process.exit(1);
}

const env = { ...process.env, NEXTAUTH_SECRET: "e2e-secret-not-for-production", NEXT_TELEMETRY_DISABLED: "1" };
if (buildIsStale(repoRoot)) {
  const build = spawnSync(bin("next"), ["build"], { cwd: repoRoot, stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync(bin("playwright"), ["test", ...process.argv.slice(2)], { cwd: repoRoot, stdio: "inherit", env });
process.exit(run.status ?? 1);
