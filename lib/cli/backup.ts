/**
 * `npm run backup [--out DIR] [--keep N] [--cluster NAME] [--port N]`: a consistent backup of
 * the embedded database, taken while the app keeps serving (lib/backup/take-backup.ts).
 */
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { BackupError, clusterTarget } from "@/lib/backup/cluster";
import { takeBackup } from "@/lib/backup/take-backup";
import { PostgresStartError } from "@/lib/db/embedded-postgres";
import { failWith } from "./run-child";

const argsSchema = z.object({
  out: z.string().min(1).optional(),
  keep: z.coerce.number({ message: "--keep must be a number" }).int().min(1, "--keep must be at least 1").default(7),
  cluster: z
    .string()
    .regex(/^[\w.-]+$/, "--cluster must be a folder name")
    .optional(),
  port: z.coerce.number().int().min(1).max(65535).optional(),
});

/**
 * A backup is background work: the app serving beside it keeps the CPU first (best effort).
 * The npm script already starts it under `nice -n 19`; this covers a direct `tsx` run.
 */
function yieldToTheApp(): void {
  try {
    os.setPriority(LOWEST_PRIORITY);
  } catch {
    // not allowed here: run at normal priority
  }
}

const LOWEST_PRIORITY = 19;

async function main() {
  yieldToTheApp();
  const { values } = parseArgs({
    options: { out: { type: "string" }, keep: { type: "string" }, cluster: { type: "string" }, port: { type: "string" } },
  });
  const args = argsSchema.safeParse(values);
  if (!args.success) {
    console.error(`preflight: ${args.error.issues[0]!.message}`);
    process.exit(2);
  }
  const started = Date.now();
  const result = await (async () => {
    const target = clusterTarget({ clusterName: args.data.cluster, port: args.data.port });
    const out = path.resolve(args.data.out ?? path.join(target.dataDir, "backups"));
    return takeBackup(target, out, args.data.keep);
  })().catch((error: unknown) => failWith(error, [BackupError, PostgresStartError]));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `preflight: backup written to ${result.archive} (${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB, ${seconds} s)`,
  );
  if (result.deleted.length > 0) console.log(`preflight: removed ${result.deleted.length} older backup(s), keeping ${args.data.keep}`);
}

void main();
