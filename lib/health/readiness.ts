import "server-only";
import path from "node:path";
import { sql } from "@/lib/db/client";
import { readMigrations } from "@/lib/db/migrate";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { rendererInstalled } from "@/lib/reports/render-pool";
import { migrationsApplied } from "./migrations-applied";

export type CheckResult = "ok" | "failed";

export interface Readiness {
  ok: boolean;
  checks: { database: CheckResult; migrations: CheckResult; renderer: CheckResult };
}

/** The migrations this build ships, read once: they cannot change under a running server. */
let shipped: Promise<string[]> | undefined;
const shippedMigrations = () =>
  (shipped ??= readMigrations(path.join(process.cwd(), "prisma", "migrations")).then((files) => files.map((file) => file.name)));

/**
 * Whether this instance can serve: PostgreSQL answers, its schema is the one the code
 * expects, and a PDF render thread can start. One query and a file check: cheap enough for a
 * load balancer to ask every few seconds.
 */
export async function checkReadiness(): Promise<Readiness> {
  const checks: Readiness["checks"] = { database: "ok", migrations: "ok", renderer: rendererInstalled() ? "ok" : "failed" };
  try {
    const rows = await sql<{ migration_name: string }>(
      "applied-migrations",
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      [],
    );
    if (
      !migrationsApplied(
        await shippedMigrations(),
        rows.map((row) => row.migration_name),
      )
    )
      checks.migrations = "failed";
  } catch (error) {
    // Unreachable: both fail. Reachable but no migrations table: the schema is not there.
    if (isDatabaseUnavailable(error)) checks.database = "failed";
    checks.migrations = "failed";
  }
  return { ok: Object.values(checks).every((check) => check === "ok"), checks };
}
