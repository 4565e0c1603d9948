/**
 * `npm run backup` / `npm run restore` as an operator runs them, in a child process that
 * does not block the event loop (the editors of a test keep saving meanwhile).
 */
import { spawn } from "node:child_process";
import { repoRoot } from "@/lib/db/open-database";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ClusterArgs {
  cluster: string;
  port: number;
}

/** The command line of one of the two commands, for a test that wraps it (e.g. in a mount namespace). */
export function backupCommand(command: "backup" | "restore", args: string[], { cluster, port }: ClusterArgs): string[] {
  return [process.execPath, "--import", "tsx", `lib/cli/${command}.ts`, ...args, "--cluster", cluster, "--port", String(port)];
}

/** Runs a command line to its end, never with DATABASE_URL (these commands are for the embedded cluster). */
export function run(commandLine: string[]): Promise<CliResult> {
  const { DATABASE_URL: _configured, ...inherited } = process.env;
  const child = spawn(commandLine[0]!, commandLine.slice(1), { cwd: repoRoot, env: inherited, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code: code ?? 1, stdout, stderr })));
}
