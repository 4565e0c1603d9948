import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { loadReportInput } from "@/lib/assessments/report-input";
import { draftOf } from "@/lib/assessments/document";
import { saveAssessment } from "@/lib/assessments/save-assessment";
import { submitForReview } from "@/lib/assessments/snapshots";
import { loadPortfolioPage, loadPortfolioRows } from "@/lib/dashboard/portfolio-page";
import { parseTableQuery } from "@/lib/dashboard/table-query";
import type { OrganizationArchive } from "@/lib/org-archive/format";
import { exportOrganization } from "@/lib/org-archive/export-organization";
import { importOrganization } from "@/lib/org-archive/import-organization";
import { setLogo, updateBranding } from "@/lib/organizations/branding";
import { resolveOrgAccess, type OrgContext } from "@/lib/organizations/access";
import { createProject, setProjectArchived } from "@/lib/projects/mutations";
import { parseAnyAssessment } from "@/lib/readiness";
import { createRemediationPlan } from "@/lib/remediation-plan/create-plan";
import { testDb } from "./support/database";
import { addMember, makeOwner, shareAnOrganization } from "./support/factories";

// The smallest PNG: 1×1 pixel.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

function example(name: string) {
  const parsed = parseAnyAssessment(
    JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../public/examples/${name}.json`), "utf8")),
  );
  if (!parsed.ok) throw new Error(`example ${name} invalid`);
  return draftOf(parsed.document);
}

/** An organization with members, a blocked project with two snapshots and a plan, a ready one, an archived one. */
async function seedSource() {
  const owner = await makeOwner("Source");
  const editor = await addMember(owner, "editor");
  const viewer = await addMember(owner, "viewer");
  const blocked = await createProject(owner, {
    name: "Refunds",
    description: "Refund bot",
    systems: ["support_desk"],
    ownerId: editor.user.id,
  });
  const first = await saveAssessment(owner, blocked.id, 0, example("blocked"));
  await submitForReview(owner, blocked.id, first.revision);
  await submitForReview(editor, blocked.id, first.revision);
  await createRemediationPlan(owner, blocked.id, { startDate: "2027-01-04", includeInfo: false });
  const ready = await createProject(owner, { name: "Lead intake", description: "", systems: [], ownerId: owner.user.id });
  // A v2 draft with its integration plan (the blocked one is a v1 file, read as v2 without a plan).
  const saved = await saveAssessment(owner, ready.id, 0, example("ready-v2"));
  await submitForReview(owner, ready.id, saved.revision);
  await updateBranding(owner, { name: owner.organization.name, accentColor: "#0f766e", paperSize: "LETTER" });
  await setLogo(owner, PNG);
  const archived = await createProject(owner, { name: "Old pilot", description: "", systems: ["crm"], ownerId: null });
  await setProjectArchived(owner, archived.id, true);
  return { owner, editor, viewer };
}

/** Every row of one organization, without ids, in a stable order: what "untouched" and "identical" compare. */
async function orgState(organizationId: string) {
  const db = testDb();
  const where = { organizationId };
  const projects = await db.project.findMany({
    where,
    orderBy: { name: "asc" },
    select: {
      name: true,
      description: true,
      systems: true,
      archivedAt: true,
      updatedAt: true,
      lastSnapshotAt: true,
      lastSnapshotVerdict: true,
      lastSnapshotIndex: true,
      owner: { select: { email: true } },
      assessment: {
        select: { answers: true, scores: true, plan: true, revision: true, verdict: true, readinessIndex: true, blockerRules: true },
      },
      snapshots: {
        orderBy: { number: "asc" },
        select: {
          number: true,
          document: true,
          evaluation: true,
          verdict: true,
          rulesetVersion: true,
          createdAt: true,
          createdBy: { select: { email: true } },
        },
      },
      remediationPlan: {
        select: {
          startDate: true,
          reconciledRevision: true,
          items: {
            orderBy: { key: "asc" },
            select: { key: true, status: true, dueDate: true, title: true, assignee: { select: { email: true } } },
          },
        },
      },
    },
  });
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { name: true, accentColor: true, paperSize: true, logo: true },
  });
  return { organization, projects };
}

async function rowCounts() {
  const db = testDb();
  return {
    organizations: await db.organization.count(),
    memberships: await db.membership.count(),
    invitations: await db.invitation.count(),
    projects: await db.project.count(),
    assessments: await db.assessment.count(),
    snapshots: await db.snapshot.count(),
    plans: await db.remediationPlan.count(),
    items: await db.remediationItem.count(),
    audit: await db.auditEvent.count(),
    rateLimits: await db.rateLimitEvent.count(),
  };
}

const unpack = (bytes: Uint8Array) => JSON.parse(gunzipSync(bytes).toString("utf8")) as OrganizationArchive;
const pack = (archive: unknown) => gzipSync(Buffer.from(JSON.stringify(archive)));
const withoutIds = <T extends { id: string; owner: { id: string } | null }>(rows: T[]) =>
  rows.map(({ id: _id, owner, ...row }) => ({ ...row, owner: owner?.id ?? null }));

describe("organization export and import", () => {
  let source: Awaited<ReturnType<typeof seedSource>>;
  let bystander: OrgContext;
  let bytes: Uint8Array;

  beforeAll(async () => {
    source = await seedSource();
    bystander = await makeOwner("Bystander");
    await createProject(bystander, { name: "Unrelated", description: "", systems: [], ownerId: null });
    bytes = (await exportOrganization(source.owner, "source.example")).bytes;
  });

  it("exports one gzip archive with everything but secrets, and records the export", async () => {
    const archive = unpack(bytes);
    expect(archive).toMatchObject({ format: "preflight-organization", version: 2, source: { instance: "source.example" } });
    expect(archive.projects.map((p) => p.name).sort()).toEqual(["Lead intake", "Old pilot", "Refunds"]);
    const lead = archive.projects.find((p) => p.name === "Lead intake")!;
    expect(lead.draft.plan).toEqual(example("ready-v2").plan);
    expect(lead.snapshots[0]).toMatchObject({ rulesetVersion: "2.0.0", document: { format: "preflight.assessment/v2" } });
    expect(archive.projects.find((p) => p.name === "Old pilot")!.draft.plan).toBeNull();
    expect(archive.members.map((m) => m.role).sort()).toEqual(["editor", "owner", "viewer"]);
    const text = gunzipSync(bytes).toString("utf8");
    for (const secret of ["passwordHash", "password_hash", "tokenHash", "not-used", source.owner.organization.id, source.owner.user.id])
      expect(text).not.toContain(secret);
    const exported = await testDb().auditEvent.count({
      where: { organizationId: source.owner.organization.id, action: "organization.exported" },
    });
    expect(exported).toBe(1);
  });

  it("refuses the export to anyone but an owner", async () => {
    await expect(exportOrganization(source.editor, "x")).rejects.toMatchObject({ code: "forbidden" });
    await expect(resolveOrgAccess(source.viewer.user, source.owner.organization.slug, "organization:export")).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("imports as a new organization: projects, drafts, snapshots, plans, portfolio identical; colleagues matched; others untouched", async () => {
    // The importer already works with the archive's people here: they share a team organization.
    const importer = await makeOwner("Importer");
    await shareAnOrganization([importer, source.owner, source.editor, source.viewer].map((c) => c.user.id));
    const sourceBefore = await orgState(source.owner.organization.id);
    const sourceAudit = await testDb().auditEvent.count({ where: { organizationId: source.owner.organization.id } });
    const bystanderBefore = await orgState(bystander.organization.id);

    const result = await importOrganization(importer.user, bytes);

    expect(result.organization.slug).not.toBe(source.owner.organization.slug);
    expect(result.joined.sort()).toEqual([source.owner.user.email, source.editor.user.email, source.viewer.user.email].sort());
    expect(result.invited).toEqual([]);
    // Here already (the source is on this instance): the imported snapshots get new ids.
    const sourceIds = await testDb().snapshot.findMany({ where: { organizationId: source.owner.organization.id }, select: { id: true } });
    const newIds = await testDb().snapshot.findMany({ where: { organizationId: result.organization.id }, select: { id: true } });
    expect(newIds.filter((row) => sourceIds.some((s) => s.id === row.id))).toEqual([]);
    const imported = await orgState(result.organization.id);
    expect(imported).toEqual(sourceBefore);
    const archive = unpack(bytes);
    const audit = await testDb().auditEvent.count({ where: { organizationId: result.organization.id } });
    expect(audit).toBe(archive.auditEvents.length + 2); // + organization.created and organization.imported

    const ctx = await resolveOrgAccess(importer.user, result.organization.slug, "organization:read");
    const query = parseTableQuery({});
    expect(withoutIds(await loadPortfolioRows(ctx, query))).toEqual(withoutIds(await loadPortfolioRows(source.owner, query)));
    const [a, b] = [await loadPortfolioPage(ctx, query), await loadPortfolioPage(source.owner, query)];
    const dashboard = ({ rows, ...page }: typeof a) => ({ ...page, rows: withoutIds(rows) });
    expect(dashboard(a)).toEqual(dashboard(b));

    const roles = await testDb().membership.findMany({
      where: { organizationId: result.organization.id },
      select: { role: true, user: { select: { email: true } } },
    });
    expect(Object.fromEntries(roles.map((m) => [m.user.email, m.role]))).toEqual({
      [importer.user.email]: "owner",
      [source.owner.user.email]: "owner",
      [source.editor.user.email]: "editor",
      [source.viewer.user.email]: "viewer",
    });
    expect(await orgState(source.owner.organization.id)).toEqual(sourceBefore);
    expect(await testDb().auditEvent.count({ where: { organizationId: source.owner.organization.id } })).toBe(sourceAudit);
    expect(await orgState(bystander.organization.id)).toEqual(bystanderBefore);
  });

  it("moves: where the snapshot ids are free, they are kept, and a snapshot's report reads the same", async () => {
    const moving = await seedSource();
    const { bytes: moved } = await exportOrganization(moving.owner, "old.example");
    const project = await testDb().project.findFirstOrThrow({ where: { organizationId: moving.owner.organization.id, name: "Refunds" } });
    const snapshots = await testDb().snapshot.findMany({
      where: { projectId: project.id },
      orderBy: { number: "asc" },
      select: { id: true },
    });
    const now = new Date();
    const report = await loadReportInput(moving.owner, project.id, snapshots[1]!.id, "Alex", now);
    // The people move too: on the new instance they work together already.
    await shareAnOrganization([moving.owner, moving.editor, moving.viewer].map((c) => c.user.id));
    await testDb().organization.delete({ where: { id: moving.owner.organization.id } });

    const result = await importOrganization(moving.owner.user, moved);
    const ctx = await resolveOrgAccess(moving.owner.user, result.organization.slug, "organization:read");
    const imported = await testDb().project.findFirstOrThrow({ where: { organizationId: result.organization.id, name: "Refunds" } });
    const kept = await testDb().snapshot.findMany({ where: { projectId: imported.id }, orderBy: { number: "asc" }, select: { id: true } });
    expect(kept).toEqual(snapshots);
    expect(await loadReportInput(ctx, imported.id, snapshots[1]!.id, "Alex", now)).toEqual(report);
  });

  it("keeps the archived slug when it is free, and imports an empty organization", async () => {
    const archive = unpack(bytes);
    const slug = `moved-${Date.now().toString(36)}`;
    const empty = { ...archive, organization: { ...archive.organization, slug }, members: [], projects: [], auditEvents: [] };
    const importer = await makeOwner("Empty importer");
    const result = await importOrganization(importer.user, pack(empty));
    expect(result.organization.slug).toBe(slug);
    expect(await testDb().project.count({ where: { organizationId: result.organization.id } })).toBe(0);
    const actions = await testDb().auditEvent.findMany({ where: { organizationId: result.organization.id }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(["organization.created", "organization.imported"]);
  });

  it("invites a stranger's account instead of adding it, so an archive neither adds nor reveals accounts", async () => {
    const archive = unpack(bytes);
    const importer = await makeOwner("Prober");
    const result = await importOrganization(importer.user, pack(archive));
    expect(result.joined).toEqual([]);
    expect(result.invited.map((i) => i.email).sort()).toEqual(
      [source.editor.user.email, source.viewer.user.email, source.owner.user.email].sort(),
    );
    const members = await testDb().membership.findMany({ where: { organizationId: result.organization.id }, select: { userId: true } });
    expect(members.map((m) => m.userId)).toEqual([importer.user.id]);
  });

  it("invites the members with no account here, and leaves people it cannot resolve empty", async () => {
    const archive = unpack(bytes);
    const stranger = "stranger@elsewhere.example";
    archive.members.push({ ref: "ref:999999", email: stranger, name: "Stranger", role: "editor", joinedAt: archive.exportedAt });
    archive.projects[0]!.owner = stranger;
    const importer = await makeOwner("Importer two");
    await shareAnOrganization([importer, source.owner, source.editor, source.viewer].map((c) => c.user.id));
    const result = await importOrganization(importer.user, pack(archive));
    expect(result.invited).toEqual([expect.objectContaining({ email: stranger, role: "editor" })]);
    expect(result.unresolved).toContain(stranger);
    const invitations = await testDb().invitation.findMany({ where: { organizationId: result.organization.id } });
    expect(invitations.map((i) => i.role)).toEqual(["editor"]);
    const project = await testDb().project.findFirstOrThrow({
      where: { organizationId: result.organization.id, name: archive.projects[0]!.name },
    });
    expect(project.ownerId).toBe(importer.user.id);
  });

  describe("refuses a bad archive and writes nothing", () => {
    const bad: [string, () => Uint8Array, RegExp][] = [
      ["not gzip", () => Buffer.from("{}"), /not gzip/],
      ["truncated", () => bytes.slice(0, Math.floor(bytes.length / 2)), /truncated/],
      ["not JSON", () => gzipSync("{not json"), /not valid JSON/],
      ["another format", () => pack({ ...unpack(bytes), format: "something-else" }), /not a Preflight organization archive/],
      ["a newer version", () => pack({ ...unpack(bytes), version: 3 }), /version 3, newer than this Preflight reads \(2\)/],
      ["a gzip bomb", () => gzipSync(Buffer.alloc(60 * 1024 * 1024, 0x20)), /larger than 50 MB once decompressed/],
      [
        "a reused ref",
        () => pack({ ...unpack(bytes), members: unpack(bytes).members.map((m) => ({ ...m, ref: "ref:1" })) }),
        /reuses reference ref:1/,
      ],
      [
        "a snapshot whose verdict disagrees with its evaluation",
        () => {
          const archive = unpack(bytes);
          const snapshot = archive.projects.flatMap((p) => p.snapshots)[0]!;
          snapshot.verdict = snapshot.verdict === "ready" ? "blocked" : "ready";
          return pack(archive);
        },
        /do not match its evaluation/,
      ],
      [
        "a damaged draft, after valid projects",
        () => {
          const archive = unpack(bytes);
          archive.projects[archive.projects.length - 1]!.draft.answers = { q1: "not an object" };
          return pack(archive);
        },
        /draft/,
      ],
    ];
    it.each(bad)("%s", async (_what, make, reason) => {
      const importer = await makeOwner("Refused importer");
      const before = await rowCounts();
      await expect(importOrganization(importer.user, make())).rejects.toMatchObject({
        code: "validation",
        message: expect.stringMatching(reason),
      });
      expect(await rowCounts()).toEqual(before);
    });
  });
});
