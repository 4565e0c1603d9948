import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importAssessment } from "@/lib/assessments/import-export";
import { listSnapshots, submitForReview } from "@/lib/assessments/snapshots";
import { migrate } from "@/lib/db/migrate";
import { createProject } from "@/lib/projects/mutations";
import { testDatabaseUrl, testDb } from "./support/database";
import { addMember, makeOwner } from "./support/factories";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");
const NUMBERING = "20261205170000_snapshot_numbers";
const ready = JSON.stringify({
  format: "preflight.assessment/v1",
  project: { name: "Numbered" },
  answers: { workflow: { name: "Numbering" } },
  scores: {},
});

async function projectWithDraft(owner: Awaited<ReturnType<typeof makeOwner>>) {
  const project = await createProject(owner, {
    name: `Numbered ${randomBytes(3).toString("hex")}`,
    description: "",
    systems: [],
    ownerId: null,
  });
  await importAssessment(owner, project.id, ready);
  return project;
}

describe("snapshot numbers", () => {
  it("count 1, 2, 3 per project, in the order submitted, and each project starts at 1", async () => {
    const owner = await makeOwner();
    const editor = await addMember(owner, "editor");
    const [a, b] = [await projectWithDraft(owner), await projectWithDraft(owner)];
    expect((await submitForReview(owner, a.id, 1)).number).toBe(1);
    expect((await submitForReview(editor, a.id, 1)).number).toBe(2);
    expect((await submitForReview(owner, b.id, 1)).number).toBe(1);
    expect((await submitForReview(owner, a.id, 1)).number).toBe(3);
    expect((await listSnapshots(owner, a.id)).map((s) => s.number)).toEqual([3, 2, 1]);
    const audit = await testDb().auditEvent.findMany({
      where: { projectId: a.id, action: "snapshot.submitted" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((e) => (e.changes as { number: { after: number } }).number.after)).toEqual([1, 2, 3]);
  });

  it("stay distinct when several people submit the same revision at once", async () => {
    const owner = await makeOwner();
    const project = await projectWithDraft(owner);
    const editors = await Promise.all([1, 2, 3, 4, 5].map(() => addMember(owner, "editor")));
    const numbers = await Promise.all(editors.map((editor) => submitForReview(editor, project.id, 1).then((s) => s.number)));
    expect([...numbers].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("a duplicate number in one project is refused by the database", async () => {
    const owner = await makeOwner();
    const project = await projectWithDraft(owner);
    const first = await submitForReview(owner, project.id, 1);
    const { id: _id, createdAt: _at, ...copy } = first;
    await expect(testDb().snapshot.create({ data: { ...copy, document: {}, evaluation: {} } })).rejects.toMatchObject({ code: "P2002" });
  });
});

describe("the snapshot numbering migration", () => {
  const name = `numbering_${randomBytes(4).toString("hex")}`;
  const url = (() => {
    const u = new URL(testDatabaseUrl());
    u.pathname = `/${name}`;
    return u.toString();
  })();
  let client: pg.Client;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    client = new pg.Client({ connectionString: url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    const admin = new pg.Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it("numbers existing snapshots by creation order within each project", async () => {
    // The database as it was before numbering: every migration before it.
    const before = mkdtempSync(path.join(os.tmpdir(), "preflight-before-numbering-"));
    for (const dir of readdirSync(MIGRATIONS).filter((d) => /^\d{14}_/.test(d) && d < NUMBERING))
      cpSync(path.join(MIGRATIONS, dir), path.join(before, dir), { recursive: true });
    await migrate(url, before);
    await client.query(`INSERT INTO organizations (id, slug, name, updated_at) VALUES ('o1', 'o1', 'O', now())`);
    await client.query(
      `INSERT INTO projects (id, organization_id, name, updated_at) VALUES ('p1', 'o1', 'P1', now()), ('p2', 'o1', 'P2', now())`,
    );
    // Inserted out of order; two rows of p1 share one instant (the id breaks the tie).
    const rows: [string, string, string][] = [
      ["s-c", "p1", "2026-11-03T10:00:00Z"],
      ["s-a", "p1", "2026-11-01T10:00:00Z"],
      ["s-x", "p2", "2026-11-02T10:00:00Z"],
      ["s-b2", "p1", "2026-11-02T10:00:00Z"],
      ["s-b1", "p1", "2026-11-02T10:00:00Z"],
    ];
    for (const [id, project, at] of rows) {
      await client.query(
        `INSERT INTO snapshots (id, organization_id, project_id, revision, document, evaluation, ruleset_version, verdict, blocker_count, warning_count, created_at)
         VALUES ($1, 'o1', $2, 1, '{}', '{}', '1.0.0', 'ready', 0, 0, $3)`,
        [id, project, at],
      );
    }
    expect(await migrate(url, MIGRATIONS)).toContain(NUMBERING);
    const { rows: numbered } = await client.query<{ id: string; number: number }>(
      `SELECT id, number FROM snapshots ORDER BY project_id, number`,
    );
    expect(numbered).toEqual([
      { id: "s-a", number: 1 },
      { id: "s-b1", number: 2 },
      { id: "s-b2", number: 3 },
      { id: "s-c", number: 4 },
      { id: "s-x", number: 1 },
    ]);
  });
});
