/**
 * `npm run schema:json` — writes the JSON Schemas generated from the zod schemas to
 * public/schema/. `--check` writes nothing and exits 1 when a committed file is stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { JSON_SCHEMA_FILES, jsonSchemaText, type JsonSchemaName } from "../readiness";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const check = process.argv.includes("--check");
let stale = 0;

for (const name of Object.keys(JSON_SCHEMA_FILES) as JsonSchemaName[]) {
  const file = path.join(repoRoot, JSON_SCHEMA_FILES[name]);
  const text = jsonSchemaText(name);
  const current = existsSync(file) ? readFileSync(file, "utf8") : null;
  if (current === text) {
    console.log(`up to date  ${JSON_SCHEMA_FILES[name]}`);
  } else if (check) {
    console.error(`stale       ${JSON_SCHEMA_FILES[name]} (run npm run schema:json)`);
    stale += 1;
  } else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`written     ${JSON_SCHEMA_FILES[name]}`);
  }
}

process.exitCode = stale > 0 ? 1 : 0;
