import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, MigrationError } from "@/lib/db/migrate";
import { testDatabaseUrl } from "./support/database";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");
const scratchName = `migrate_test_${randomBytes(4).toString("hex")}`;
const scratchUrl = (() => {
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${scratchName}`;
  return url.toString();
})();

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "preflight-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

beforeAll(async () => {
  await query(testDatabaseUrl(), `CREATE DATABASE ${scratchName}`);
});
afterAll(async () => {
  await query(testDatabaseUrl(), `DROP DATABASE IF EXISTS ${scratchName} WITH (FORCE)`);
});

describe("the migration runner", () => {
  it("records each applied migration like Prisma does and applies nothing twice", async () => {
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      testDatabaseUrl(),
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`,
    );
    const first = rows.find((r) => r.migration_name === "20261123000000_foundation");
    const sql = readFileSync(path.join(MIGRATIONS, "20261123000000_foundation", "migration.sql"), "utf8");
    expect(first).toMatchObject({ checksum: createHash("sha256").update(sql).digest("hex"), applied_steps_count: 1 });
    expect(first?.finished_at).toBeInstanceOf(Date);
    expect(await migrate(testDatabaseUrl(), MIGRATIONS)).toEqual([]);
  });

  it("rolls a failing migration back whole and keeps the ones before it", async () => {
    const dir = migrationsDir({
      "001_good": `CREATE TABLE good_table (id int PRIMARY KEY);`,
      "002_bad": `CREATE TABLE half_table (id int); INSERT INTO no_such_table VALUES (1);`,
    });
    const error = await migrate(scratchUrl, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/^Migration 002_bad failed and was rolled back: relation "no_such_table" does not exist$/);
    const tables = (await query<{ table_name: string }>(scratchUrl, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)).map((r) => r.table_name);
    expect(tables).toContain("good_table");
    expect(tables).not.toContain("half_table");
    const applied = (await query<{ migration_name: string }>(scratchUrl, `SELECT migration_name FROM _prisma_migrations`)).map((r) => r.migration_name);
    expect(applied).toEqual(["001_good"]);
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const dir = migrationsDir({ "001_good": `CREATE TABLE good_table (id int PRIMARY KEY, edited int);` });
    await expect(migrate(scratchUrl, dir)).rejects.toThrow("Migration 001_good was changed after it was applied (checksum mismatch); add a new migration instead.");
  });
});
