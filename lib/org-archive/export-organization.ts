import "server-only";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { recordAudit } from "@/lib/audit/record-audit";
import { db as defaultDb, Prisma, type Db, type DbTx } from "@/lib/db/client";
import { assertCan, type OrgContext } from "@/lib/organizations/access";
import { RULESET_VERSIONS, SYSTEMS } from "@/lib/readiness";
import { AppError } from "@/lib/errors";
import {
  ARCHIVE_EXTENSION,
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  MAX_ARCHIVE_BYTES,
  type ArchiveProject,
  type OrganizationArchive,
} from "./format";
import { mapStrings, RefAllocator } from "./refs";
import { readOrganizationRows, type ProjectRow } from "./export-queries";

const compress = promisify(gzip);
const isKnownSystem = (system: string): system is (typeof SYSTEMS)[number] => (SYSTEMS as readonly string[]).includes(system);
const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);
const day = (date: Date) => date.toISOString().slice(0, 10);
const email = (user: { email: string } | null) => user?.email ?? null;

async function newestMigration(tx: DbTx): Promise<string> {
  const rows = await tx.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
     ORDER BY migration_name DESC LIMIT 1`;
  return rows[0]?.migration_name ?? "";
}

function projectEntry(row: ProjectRow, refs: RefAllocator): ArchiveProject {
  const draft = row.assessment;
  return {
    ref: refs.ref(row.id),
    name: row.name,
    description: row.description,
    // The form only stores known systems; one that is not (changed behind the app) is left out, not made unimportable.
    systems: row.systems.filter(isKnownSystem),
    owner: email(row.owner),
    archivedAt: isoOrNull(row.archivedAt),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    draft: {
      ref: refs.ref(draft?.id ?? `${row.id}/draft`),
      answers: draft?.answers ?? {},
      scores: draft?.scores ?? {},
      plan: draft?.plan ?? null,
      revision: draft?.revision ?? 0,
      updatedBy: email(draft?.updatedBy ?? null),
      createdAt: iso(draft?.createdAt ?? row.createdAt),
      updatedAt: iso(draft?.updatedAt ?? row.updatedAt),
    },
    snapshots: row.snapshots.map(({ id, createdBy, createdAt, ...snapshot }) => ({
      ref: refs.ref(id),
      id,
      ...snapshot,
      createdAt: iso(createdAt),
      createdBy: email(createdBy),
    })),
    plan: row.remediationPlan && {
      ref: refs.ref(row.remediationPlan.id),
      startDate: day(row.remediationPlan.startDate),
      includeInfo: row.remediationPlan.includeInfo,
      reconciledRevision: row.remediationPlan.reconciledRevision,
      revision: row.remediationPlan.revision,
      createdBy: email(row.remediationPlan.createdBy),
      createdAt: iso(row.remediationPlan.createdAt),
      updatedAt: iso(row.remediationPlan.updatedAt),
      items: row.remediationPlan.items.map(({ id, assignee, resolvedBy, dueDate, resolvedAt, createdAt, updatedAt, ...item }) => ({
        ref: refs.ref(id),
        ...item,
        dueDate: day(dueDate),
        assignee: email(assignee),
        resolvedAt: isoOrNull(resolvedAt),
        resolvedBy: email(resolvedBy),
        createdAt: iso(createdAt),
        updatedAt: iso(updatedAt),
      })),
    },
  };
}

/**
 * The whole organization as one archive object (docs/organization-archive.md), read in one
 * repeatable-read transaction so its parts agree, with the `organization.exported` event
 * recorded in the same transaction. Owners only: the archive holds every member's email.
 */
export async function buildOrganizationArchive(
  ctx: OrgContext,
  instance: string,
  now = new Date(),
  client: Db = defaultDb(),
): Promise<OrganizationArchive> {
  assertCan(ctx, "organization:export");
  return client.$transaction(
    async (tx) => {
      const rows = await readOrganizationRows(tx, ctx.organization.id);
      const refs = new RefAllocator();
      const people = new Map(rows.people.map((user) => [user.id, user.email]));
      const archive: OrganizationArchive = {
        format: ARCHIVE_FORMAT,
        version: ARCHIVE_VERSION,
        exportedAt: iso(now),
        source: { instance: instance.slice(0, 300), migration: await newestMigration(tx), rulesetVersions: [...RULESET_VERSIONS] },
        organization: {
          ref: refs.ref(rows.organization.id),
          name: rows.organization.name,
          slug: rows.organization.slug,
          accentColor: rows.organization.accentColor,
          paperSize: rows.organization.paperSize,
          dateFormat: rows.organization.dateFormat,
          logo:
            rows.organization.logo && rows.organization.logoMimeType
              ? {
                  mimeType: rows.organization.logoMimeType as "image/png" | "image/jpeg",
                  base64: Buffer.from(rows.organization.logo).toString("base64"),
                }
              : null,
          createdAt: iso(rows.organization.createdAt),
        },
        members: rows.memberships.map((m) => ({
          ref: refs.ref(m.id),
          email: m.user.email,
          name: m.user.name,
          role: m.role,
          joinedAt: iso(m.createdAt),
        })),
        projects: rows.projects.map((project) => projectEntry(project, refs)),
        auditEvents: [],
      };
      // After every row has its ref, so ids inside the changes become refs (people become emails).
      const outward = (text: string) => people.get(text) ?? refs.known(text) ?? text;
      archive.auditEvents = rows.auditEvents.map((event) => ({
        action: event.action,
        entityType: event.entityType,
        entity: refs.ref(event.entityId),
        project: event.projectId ? refs.ref(event.projectId) : null,
        actor: email(event.actor),
        changes: mapStrings(event.changes, outward),
        createdAt: iso(event.createdAt),
      }));
      await recordAudit(tx, {
        organizationId: ctx.organization.id,
        actorId: ctx.user.id,
        entityType: "organization",
        entityId: ctx.organization.id,
        action: "organization.exported",
        changes: { archive: { before: null, after: `${archive.projects.length} projects, ${archive.auditEvents.length} audit events` } },
      });
      return archive;
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 120_000, maxWait: 10_000 },
  );
}

/** The archive file: gzip-compressed JSON, named `<slug>-<date>.preflight.json.gz`. */
export async function exportOrganization(ctx: OrgContext, instance: string, now = new Date(), client?: Db) {
  const archive = await buildOrganizationArchive(ctx, instance, now, client);
  const text = Buffer.from(JSON.stringify(archive));
  // Said now rather than by the import: an archive over the import's cap could never be imported.
  if (text.byteLength > MAX_ARCHIVE_BYTES)
    throw new AppError("too_large", `This organization is larger than an archive may be (${MAX_ARCHIVE_BYTES / 1024 / 1024} MB of JSON).`);
  const bytes = await compress(text);
  return { fileName: `${ctx.organization.slug}-${day(now)}${ARCHIVE_EXTENSION}`, bytes };
}
