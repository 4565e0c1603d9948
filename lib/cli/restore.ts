/**
 * `npm run restore ARCHIVE [--force] [--cluster NAME] [--port N]`: replaces the embedded
 * database with a backup, once the archive is verified (lib/backup/restore-backup.ts).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { BackupError, clusterTarget } from "@/lib/backup/cluster";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { PostgresStartError } from "@/lib/db/embedded-postgres";
import { MigrationError } from "@/lib/db/migrate";
import { failWith } from "./run-child";

const argsSchema = z.object({
  archive: z.string({ message: "usage: npm run restore -- ARCHIVE [--force]" }).min(1),
  force: z.boolean().default(false),
  cluster: z
    .string()
    .regex(/^[\w.-]+$/, "--cluster must be a folder name")
    .optional(),
  port: z.coerce.number().int().min(1).max(65535).optional(),
});

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { force: { type: "boolean" }, cluster: { type: "string" }, port: { type: "string" } },
  });
  const args = argsSchema.safeParse({ ...values, archive: positionals[0] });
  if (!args.success) {
    console.error(`preflight: ${args.error.issues[0]!.message}`);
    process.exit(2);
  }
  const result = await (async () => {
    const target = clusterTarget({ clusterName: args.data.cluster, port: args.data.port });
    return restoreBackup(target, path.resolve(args.data.archive), args.data.force);
  })().catch((error: unknown) => failWith(error, [BackupError, PostgresStartError, MigrationError]));
  const forward = result.migratedForward.length > 0 ? `; applied ${result.migratedForward.length} newer migration(s)` : "";
  console.log(`preflight: restored the backup of ${result.createdAt} (${result.users} accounts${forward}); start the app with npm start`);
}

void main();
