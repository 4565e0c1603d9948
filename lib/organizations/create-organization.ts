import "server-only";
import { randomBytes } from "node:crypto";
import { db as defaultDb, type Db, type DbTx } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { RESERVED_SLUGS, slugify } from "./slug";

/**
 * Creates an organization owned by `ownerId`, with a unique slug derived from its name (or from
 * `slugFrom`: an import keeps the archived slug when it is free).
 */
export async function createOrganization(tx: DbTx, ownerId: string, name: string, slugFrom = name) {
  const base = slugify(slugFrom);
  let slug = RESERVED_SLUGS.has(base) ? `${base}-org` : base;
  for (let attempt = 0; await tx.organization.findUnique({ where: { slug }, select: { id: true } }); attempt += 1) {
    slug = `${base}-${attempt < 3 ? attempt + 2 : randomBytes(3).toString("hex")}`;
  }
  const organization = await tx.organization.create({ data: { name, slug } });
  await tx.membership.create({ data: { organizationId: organization.id, userId: ownerId, role: "owner" } });
  await recordAudit(tx, {
    organizationId: organization.id,
    actorId: ownerId,
    entityType: "organization",
    entityId: organization.id,
    action: "organization.created",
    changes: { name: { before: null, after: name }, slug: { before: null, after: slug } },
  });
  return organization;
}

/** "New organization" of a signed-in user: rate-limited per user, so one account cannot create them by the thousand. */
export async function createAnotherOrganization(userId: string, name: string, db: Db = defaultDb()) {
  await consumeRateLimit(db, "createOrganization", userId);
  return db.$transaction((tx) => createOrganization(tx, userId, name));
}
