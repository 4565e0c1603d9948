/**
 * `prisma generate` without network: the Prisma 7 CLI wants a native schema-engine
 * binary it would download, but generate never uses it, so point it at any file.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const prismaBin = path.join(root, "node_modules", ".bin", "prisma");
const result = spawnSync(prismaBin, ["generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
