/**
 * `tsx lib/cli/with-db.ts [--fresh] [--cluster NAME] [--port N] -- <command…>`
 * Opens the database (DATABASE_URL, or the embedded server), applies migrations, runs the
 * command with DATABASE_URL set, and stops the embedded server when the command ends.
 */
import path from "node:path";
import { PostgresStartError } from "@/lib/db/embedded-postgres";
import { MigrationError } from "@/lib/db/migrate";
import { openDatabase, repoRoot } from "@/lib/db/open-database";
import { failWith, runChild } from "./run-child";

function parseArgs(argv: string[]) {
  const split = argv.indexOf("--");
  const own = split === -1 ? [] : argv.slice(0, split);
  const command = split === -1 ? argv : argv.slice(split + 1);
  const valueOf = (flag: string) => {
    const i = own.indexOf(flag);
    return i === -1 ? undefined : own[i + 1];
  };
  const port = valueOf("--port");
  return { fresh: own.includes("--fresh"), clusterName: valueOf("--cluster"), port: port ? Number(port) : undefined, command };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.command.length === 0) {
    console.error("usage: with-db [--fresh] [--cluster NAME] [--port N] -- <command> [args…]");
    process.exit(2);
  }
  const database = await openDatabase(args).catch((error: unknown) => failWith(error, [PostgresStartError, MigrationError]));
  const [command, ...rest] = args.command as [string, ...string[]];
  const binPath = `${path.join(repoRoot, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}`;
  const code = await runChild(command, rest, { ...process.env, PATH: binPath, DATABASE_URL: database.url }, database.close);
  process.exit(code);
}

void main();
