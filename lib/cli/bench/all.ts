/**
 * `npm run bench`: every benchmark in turn (each prints its own table and writes
 * .bench/<name>.json), then one summary of the headline figures.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../../..");
const BENCHES = ["bench:engine", "bench:dashboard", "bench:pdf"];

let failed = false;
for (const script of BENCHES) {
  console.log(`\n▶ npm run ${script}`);
  const run = spawnSync("npm", ["run", "-s", script], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) failed = true;
}

const read = (name: string): unknown => {
  const file = path.join(root, ".bench", `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
};
console.log("\nSummary (figures in .bench/*.json)");
for (const name of ["engine", "dashboard", "pdf"]) console.log(`  ${name}: ${read(name) ? "written" : "missing"}`);
process.exit(failed ? 1 : 0);
