import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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
    const tables = (
      await query<{ table_name: string }>(scratchUrl, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)
    ).map((r) => r.table_name);
    expect(tables).toContain("good_table");
    expect(tables).not.toContain("half_table");
    const applied = (await query<{ migration_name: string }>(scratchUrl, `SELECT migration_name FROM _prisma_migrations`)).map(
      (r) => r.migration_name,
    );
    expect(applied).toEqual(["001_good"]);
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const dir = migrationsDir({ "001_good": `CREATE TABLE good_table (id int PRIMARY KEY, edited int);` });
    await expect(migrate(scratchUrl, dir)).rejects.toThrow(
      "Migration 001_good was changed after it was applied (checksum mismatch); add a new migration instead.",
    );
  });
});

describe("the verdict enum migration (20261205160000)", () => {
  const ENUM_MIGRATION = "20261205160000_verdict_enum";
  const name = `verdict_test_${randomBytes(4).toString("hex")}`;
  const url = (() => {
    const target = new URL(testDatabaseUrl());
    target.pathname = `/${name}`;
    return target.toString();
  })();
  afterAll(async () => {
    await query(testDatabaseUrl(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it("keeps every verdict stored as text, and afterwards the database refuses any other word", async () => {
    await query(testDatabaseUrl(), `CREATE DATABASE ${name}`);
    const earlier = readdirSync(MIGRATIONS).filter((entry) => /^\d{14}_/.test(entry) && entry < ENUM_MIGRATION);
    await migrate(
      url,
      migrationsDir(
        Object.fromEntries(earlier.map((entry) => [entry, readFileSync(path.join(MIGRATIONS, entry, "migration.sql"), "utf8")])),
      ),
    );
    await query(
      url,
      `INSERT INTO organizations (id, slug, name, updated_at) VALUES ('o1', 'o1', 'Org', now());
       INSERT INTO projects (id, organization_id, name, updated_at) VALUES ('p1', 'o1', 'Project', now());
       INSERT INTO assessments (id, organization_id, project_id, answers, scores, updated_at, verdict) VALUES ('a1', 'o1', 'p1', '{}', '{}', now(), 'blocked');
       INSERT INTO snapshots (id, organization_id, project_id, revision, document, evaluation, ruleset_version, verdict, blocker_count, warning_count)
       VALUES ('s1', 'o1', 'p1', 1, '{}', '{}', '1.0.0', 'ready', 0, 0);`,
    );

    // Up to the enum migration only: the rows below are written as its schema expects.
    const upToEnum = readdirSync(MIGRATIONS).filter((entry) => /^\d{14}_/.test(entry) && entry <= ENUM_MIGRATION);
    const withEnum = migrationsDir(
      Object.fromEntries(upToEnum.map((entry) => [entry, readFileSync(path.join(MIGRATIONS, entry, "migration.sql"), "utf8")])),
    );
    expect(await migrate(url, withEnum)).toEqual([ENUM_MIGRATION]);
    const stored = `SELECT (SELECT verdict::text FROM assessments) AS draft, (SELECT verdict::text FROM snapshots WHERE id = 's1') AS snapshot,
                           (SELECT last_snapshot_verdict::text FROM projects) AS project, (SELECT pg_typeof(verdict)::text FROM snapshots LIMIT 1) AS type`;
    expect(await query(url, stored)).toEqual([{ draft: "blocked", snapshot: "ready", project: "ready", type: "verdict" }]);

    await expect(query(url, `UPDATE assessments SET verdict = 'maybe'`)).rejects.toThrow(/invalid input value for enum verdict: "maybe"/);
    // The trigger that copies a new snapshot's verdict onto its project works on the enum too.
    await query(
      url,
      `INSERT INTO snapshots (id, organization_id, project_id, revision, document, evaluation, ruleset_version, verdict, blocker_count, warning_count) VALUES ('s2', 'o1', 'p1', 2, '{}', '{}', '1.0.0', 'incomplete', 0, 0)`,
    );
    await query(
      url,
      `DELETE FROM assessments; INSERT INTO assessments (id, organization_id, project_id, answers, scores, updated_at) VALUES ('a2', 'o1', 'p1', '{}', '{}', now())`,
    );
    expect(await query(url, stored)).toEqual([{ draft: "incomplete", snapshot: "ready", project: "incomplete", type: "verdict" }]);
  });
});
