import "server-only";
import { randomUUID } from "node:crypto";
import { summarizeDraft } from "@/lib/assessments/evaluation-summary";
import { readAuditChanges } from "@/lib/audit/changes";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { DbTx, Prisma } from "@/lib/db/client";
import type { OrgContext } from "@/lib/organizations/access";
import { createOrganization } from "@/lib/organizations/create-organization";
import { insertInvitation } from "@/lib/organizations/invitations";
import type { NormalizedLogo } from "@/lib/organizations/normalize-logo";
import type { ArchiveProject, ImportSummary, OrganizationArchive } from "./format";
import { colleaguesByEmail, PeopleMap } from "./people";
import { mapStrings } from "./refs";

const json = (value: unknown) => value as Prisma.InputJsonValue;
const date = (text: string | null) => (text === null ? null : new Date(text));

/** What an import did, for the importer: where it went and what happened to each person. */
export interface ImportResult {
  organization: { id: string; slug: string; name: string };
  projects: number;
  joined: string[];
  invited: ImportSummary["invited"];
  /** People the archive names who have no account in the new organization: their references became empty (a project's owner: the importer). */
  unresolved: string[];
}

/** A fresh id for each archive ref, the same one each time the ref comes back. */
class IdMap {
  private readonly ids = new Map<string, string>();
  set(ref: string, id: string) {
    this.ids.set(ref, id);
    return id;
  }
  id(ref: string): string {
    return this.ids.get(ref) ?? this.set(ref, randomUUID());
  }
  /** Inside audit changes: a string that is one of the archive's refs becomes its new id. */
  inward = (text: string) => (/^ref:[0-9]+$/.test(text) ? this.id(text) : text);
}

async function writeProjects(tx: DbTx, ctx: OrgContext, projects: ArchiveProject[], people: PeopleMap, ids: IdMap) {
  const organizationId = ctx.organization.id;
  const owner = (email: string | null) => (email === null ? null : (people.resolve(email) ?? ctx.user.id));
  await tx.project.createMany({
    data: projects.map((p) => ({
      id: ids.id(p.ref),
      organizationId,
      name: p.name,
      description: p.description,
      systems: p.systems,
      ownerId: owner(p.owner),
      archivedAt: date(p.archivedAt),
      createdAt: new Date(p.createdAt),
      updatedAt: new Date(p.updatedAt),
    })),
  });
  // The draft's summary columns come from the save path's own function, with this instance's ruleset.
  await tx.assessment.createMany({
    data: projects.map(({ ref, draft }) => ({
      id: ids.id(draft.ref),
      organizationId,
      projectId: ids.id(ref),
      answers: json(draft.answers),
      scores: json(draft.scores),
      // No plan (null, or a version-1 archive): the column stays NULL.
      ...(draft.plan === undefined || draft.plan === null ? {} : { plan: json(draft.plan) }),
      revision: draft.revision,
      ...summarizeDraft(draft),
      updatedById: people.resolve(draft.updatedBy),
      createdAt: new Date(draft.createdAt),
      updatedAt: new Date(draft.updatedAt),
    })),
  });
  // A snapshot keeps the id its reports print unless this instance has it already (the
  // archive was imported here before, or comes from here): then it gets a new one.
  const archivedIds = projects.flatMap((p) => p.snapshots.map((s) => s.id));
  const taken = new Set((await tx.snapshot.findMany({ where: { id: { in: archivedIds } }, select: { id: true } })).map((s) => s.id));
  // Snapshots keep their verdict (checked against their evaluation on reading); the insert
  // trigger fills each project's latest-snapshot columns and the trend generation.
  await tx.snapshot.createMany({
    data: projects.flatMap(({ ref, snapshots }) =>
      snapshots.map(({ ref: snapshotRef, id, createdBy, createdAt, document, evaluation, ...snapshot }) => ({
        ...snapshot,
        id: taken.has(id) ? ids.id(snapshotRef) : ids.set(snapshotRef, id),
        organizationId,
        projectId: ids.id(ref),
        document: json(document),
        evaluation: json(evaluation),
        createdById: people.resolve(createdBy),
        createdAt: new Date(createdAt),
      })),
    ),
  });
  return { snapshotIdsReplaced: taken.size };
}

/** Plans and their items as they were: people's statuses, owners, notes and dates, and what saves resolved. */
async function writePlans(tx: DbTx, ctx: OrgContext, projects: ArchiveProject[], people: PeopleMap, ids: IdMap) {
  const organizationId = ctx.organization.id;
  const planned = projects.flatMap((p) => (p.plan ? [{ projectRef: p.ref, plan: p.plan }] : []));
  await tx.remediationPlan.createMany({
    data: planned.map(({ projectRef, plan }) => ({
      id: ids.id(plan.ref),
      organizationId,
      projectId: ids.id(projectRef),
      startDate: new Date(plan.startDate),
      includeInfo: plan.includeInfo,
      reconciledRevision: plan.reconciledRevision,
      revision: plan.revision,
      createdById: people.resolve(plan.createdBy),
      createdAt: new Date(plan.createdAt),
      updatedAt: new Date(plan.updatedAt),
    })),
  });
  await tx.remediationItem.createMany({
    data: planned.flatMap(({ projectRef, plan }) =>
      plan.items.map(({ ref, assignee, resolvedBy, dueDate, resolvedAt, createdAt, updatedAt, ...item }) => ({
        ...item,
        id: ids.id(ref),
        organizationId,
        projectId: ids.id(projectRef),
        planId: ids.id(plan.ref),
        dueDate: new Date(dueDate),
        assigneeId: people.resolve(assignee),
        resolvedAt: date(resolvedAt),
        resolvedById: people.resolve(resolvedBy),
        createdAt: new Date(createdAt),
        updatedAt: new Date(updatedAt),
      })),
    ),
  });
}

/** Members with an account here join with their archived role; the others get an invitation of that role. */
async function writeMembers(tx: DbTx, ctx: OrgContext, archive: OrganizationArchive, people: PeopleMap, ids: IdMap, now: Date) {
  const accounts = await colleaguesByEmail(tx, archive, ctx.user.id);
  const joined: string[] = [];
  const invited: ImportResult["invited"] = [];
  for (const member of archive.members) {
    if (people.has(member.email)) continue; // the importer: owner already
    const userId = accounts.get(member.email.toLowerCase());
    if (userId) {
      await tx.membership.create({ data: { id: ids.id(member.ref), organizationId: ctx.organization.id, userId, role: member.role } });
      people.add(member.email, userId);
      joined.push(member.email);
    } else {
      const { token } = await insertInvitation(tx, ctx, member.role, now);
      invited.push({ email: member.email, role: member.role, token });
    }
  }
  return { joined, invited };
}

/**
 * Writes a checked archive (readArchive) as a new organization owned by `user`, in the
 * caller's transaction: every row gets a new id, and only the new organization is written.
 */
export async function writeArchive(
  tx: DbTx,
  user: CurrentUser,
  archive: OrganizationArchive,
  logo: NormalizedLogo | null,
  now: Date,
): Promise<ImportResult> {
  const source = archive.organization;
  const created = await createOrganization(tx, user.id, source.name, source.slug);
  await tx.organization.update({
    where: { id: created.id },
    data: {
      accentColor: source.accentColor,
      paperSize: source.paperSize,
      dateFormat: source.dateFormat,
      logo: logo && new Uint8Array(logo.data),
      logoMimeType: logo?.mimeType ?? null,
    },
  });
  const ctx: OrgContext = {
    user,
    organization: { id: created.id, slug: created.slug, name: created.name, dateFormat: source.dateFormat },
    role: "owner",
  };
  const ids = new IdMap();
  ids.set(source.ref, created.id);
  const people = new PeopleMap(user);
  const { joined, invited } = await writeMembers(tx, ctx, archive, people, ids, now);
  const { snapshotIdsReplaced } = await writeProjects(tx, ctx, archive.projects, people, ids);
  await writePlans(tx, ctx, archive.projects, people, ids);
  await tx.auditEvent.createMany({
    data: archive.auditEvents.map((event) => ({
      organizationId: created.id,
      actorId: people.resolve(event.actor),
      entityType: event.entityType,
      entityId: ids.id(event.entity),
      projectId: event.project === null ? null : ids.id(event.project),
      action: event.action,
      changes: json(mapStrings(readAuditChanges(event.changes), ids.inward)),
      createdAt: new Date(event.createdAt),
    })),
  });
  const unresolved = [...people.unresolved].sort();
  await recordAudit(tx, {
    organizationId: created.id,
    actorId: user.id,
    entityType: "organization",
    entityId: created.id,
    action: "organization.imported",
    changes: {
      source: { before: null, after: `${archive.source.instance || "unknown instance"}, exported ${archive.exportedAt}` },
      projects: { before: null, after: archive.projects.length },
      joined: { before: null, after: joined },
      invited: { before: null, after: invited.map((i) => `${i.email} (${i.role})`) },
      unresolved: { before: null, after: unresolved },
      // Non-zero when this instance already had them (imported twice, or back where it came from): their reports cite new ids.
      snapshotIdsReplaced: { before: null, after: snapshotIdsReplaced },
    },
  });
  return { organization: ctx.organization, projects: archive.projects.length, joined, invited, unresolved };
}
