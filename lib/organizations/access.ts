import "server-only";
import { cache } from "react";
import { sql } from "@/lib/db/client";
import { can, type Action, type Role } from "@/lib/auth/roles";
import { getSessionClaims, unauthenticated, type CurrentUser } from "@/lib/auth/current-user";
import { claimsAreCurrent, sessionStateColumns, type SessionStateRow } from "@/lib/auth/session-revocation";
import type { SessionClaims } from "@/lib/auth/session-policy";
import { AppError, notFound } from "@/lib/errors";
import { noteActor } from "@/lib/observability/request-context";
import { DEFAULT_DATE_FORMAT, isDateFormat, type DateFormat } from "@/lib/utils/format-date";
import { isSlugShaped } from "./slug";

export interface OrgContext {
  user: CurrentUser;
  /** `dateFormat` is how every page and report of the organization writes dates. */
  organization: { id: string; slug: string; name: string; dateFormat: DateFormat };
  role: Role;
}

/** What the guard reads: the user, and their membership in the organization of the slug (null columns when none). */
export interface GuardRow extends SessionStateRow {
  id: string;
  email: string;
  name: string;
  role: Role | null;
  organization_id: string | null;
  organization_slug: string | null;
  organization_name: string | null;
  organization_date_format: string | null;
}

/**
 * The session's user and their membership in the organization with this slug, in one
 * query (the guard runs before every autosave). A slug that is not theirs, or no such
 * organization, comes back as a user without a role.
 */
const loadUserAndMembership = cache(async (userId: string, slug: string, sessionId: string): Promise<GuardRow | null> => {
  const rows = await sql<GuardRow>("org-guard", `SELECT ${GUARD_SQL.columns} FROM ${GUARD_SQL.from} WHERE u.id = $1`, [
    userId,
    slug,
    sessionId,
  ]);
  return rows[0] ?? null;
});

/**
 * The guard's statement in parts, for a statement that reads more in the same round trip
 * (the autosave's draft): `$1` is the user id, `$2` the slug, `$3` the token's session id
 * (whether it was signed out comes with the user's session version); `o` is the organization
 * (null when not a member). Whatever else it reads must be decided on by `accessFrom`.
 */
export const GUARD_SQL = {
  columns: `u.id, u.email, u.name, ${sessionStateColumns("$3")}, m.role::text AS role,
            o.id AS organization_id, o.slug AS organization_slug, o.name AS organization_name,
            o.date_format::text AS organization_date_format`,
  from: `users u
       LEFT JOIN memberships m ON m.user_id = u.id
        AND m.organization_id = (SELECT id FROM organizations WHERE slug = $2)
       LEFT JOIN organizations o ON o.id = m.organization_id`,
} as const;

/** The slug as sent to PostgreSQL: one of the wrong shape is never sent (a NUL would fail the query). */
export const guardSlug = (slug: string) => (isSlugShaped(slug) ? slug : "");

/**
 * Every page, action and route handler of an organization starts here, and fails closed:
 * signed out, a deleted user or an outdated session → unauthenticated; not a member →
 * not found, exactly like an organization that does not exist (outsiders learn nothing);
 * a role without the permission → forbidden.
 */
export async function requireOrgAccess(slug: string, action: Action): Promise<OrgContext> {
  const claims = await requireSessionClaims();
  return accessFrom(claims, await loadUserAndMembership(claims.userId, guardSlug(slug), claims.sessionId), action);
}

export async function requireSessionClaims(): Promise<SessionClaims> {
  const claims = await getSessionClaims();
  if (!claims) throw unauthenticated();
  return claims;
}

/** The guard's decision on a row read with GUARD_SQL for these claims (see requireOrgAccess). */
export function accessFrom(claims: SessionClaims, row: GuardRow | null, action: Action): OrgContext {
  if (!row || !claimsAreCurrent(claims, row)) throw unauthenticated();
  return decide(row, action);
}

/** The membership half of the guard, for a user whose session is already established (tests, scripts). */
export async function resolveOrgAccess(user: CurrentUser, slug: string, action: Action): Promise<OrgContext> {
  const row = isSlugShaped(slug) ? await loadUserAndMembership(user.id, slug, "") : null;
  if (!row) throw notFound("This organization");
  return decide(row, action);
}

function decide(row: GuardRow, action: Action): OrgContext {
  const { role, organization_id: id, organization_slug: slug, organization_name: name } = row;
  noteActor({ userId: row.id });
  if (!role || id === null || slug === null || name === null) throw notFound("This organization");
  noteActor({ organizationId: id });
  if (!can(role, action)) throw new AppError("forbidden", "Your role in this organization does not allow this.");
  const dateFormat = isDateFormat(row.organization_date_format) ? row.organization_date_format : DEFAULT_DATE_FORMAT;
  return { user: { id: row.id, email: row.email, name: row.name }, organization: { id, slug, name, dateFormat }, role };
}

/**
 * For domain functions that change data: the context must hold `action` whoever built it (a
 * page, an import, the API, a job), so the rule holds below every entry point, not only in them.
 */
export function assertCan(ctx: OrgContext, action: Action): void {
  if (!can(ctx.role, action)) throw new AppError("forbidden", "Your role in this organization does not allow this.");
}
