/**
 * `npm run bench`: every benchmark in turn (each prints its own details and writes
 * .bench/<name>.json), then one table of the headline figures against their goals, also
 * written as .bench/summary.json with the machine it ran on.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { benchSummary, machineDescription, type SummaryRow } from "./summary";

const root = path.resolve(import.meta.dirname, "../../..");
const BENCHES = [
  "bench:engine",
  "bench:saves",
  "bench:dashboard",
  "bench:portfolio",
  "bench:pdf",
  "bench:lighthouse",
  "bench:workspace",
  "bench:backup",
];

const failed: string[] = [];
for (const script of BENCHES) {
  console.log(`\n▶ npm run ${script}`);
  const run = spawnSync("npm", ["run", "-s", script], { cwd: root, stdio: "inherit" });
  if (run.status !== 0) failed.push(script);
}

const rows: SummaryRow[] = benchSummary(path.join(root, ".bench"));
const machine = machineDescription();
const width = (key: keyof SummaryRow) => Math.max(key.length, ...rows.map((r) => String(r[key]).length));
const columns: (keyof SummaryRow)[] = ["benchmark", "measure", "value", "goal", "status"];
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width(columns[i]!))).join("  ");
console.log(`\nBenchmarks on ${machine}`);
console.log(line(columns.map(String)));
for (const row of rows) console.log(line(columns.map((c) => String(row[c]))));
if (failed.length > 0) console.log(`\nDid not finish: ${failed.join(", ")}`);
writeFileSync(
  path.join(root, ".bench", "summary.json"),
  `${JSON.stringify({ machine, at: new Date().toISOString(), rows, failed }, null, 2)}\n`,
);
console.log("written .bench/summary.json");
process.exit(failed.length > 0 ? 1 : 0);
