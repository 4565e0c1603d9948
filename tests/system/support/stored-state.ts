/**
 * Everything a refused request must leave alone: the row count of every table a request
 * can write, and a fingerprint of the rows that change in place (revisions, update times,
 * revoked or accepted invitations, session versions). Two reads are equal exactly when no
 * write got through.
 */
import type { Db } from "@/lib/db/client";

export type StoredState = Record<string, string>;

export async function storedState(db: Db): Promise<StoredState> {
  const [row] = await db.$queryRaw<StoredState[]>`
    SELECT
      (SELECT count(*) FROM users)::text                    AS users,
      (SELECT count(*) FROM organizations)::text            AS organizations,
      (SELECT count(*) FROM memberships)::text              AS memberships,
      (SELECT count(*) FROM invitations)::text              AS invitations,
      (SELECT count(*) FROM projects)::text                 AS projects,
      (SELECT count(*) FROM assessments)::text              AS assessments,
      (SELECT count(*) FROM snapshots)::text                AS snapshots,
      (SELECT count(*) FROM audit_events)::text             AS "auditEvents",
      (SELECT coalesce(sum(revision), 0) FROM assessments)::text AS "assessmentRevisions",
      (SELECT max(updated_at) FROM assessments)::text       AS "assessmentsUpdated",
      (SELECT max(updated_at) FROM projects)::text          AS "projectsUpdated",
      (SELECT max(updated_at) FROM organizations)::text     AS "organizationsUpdated",
      (SELECT max(updated_at) FROM memberships)::text       AS "membershipsUpdated",
      (SELECT max(updated_at) FROM users)::text             AS "usersUpdated",
      (SELECT coalesce(sum(session_version), 0) FROM users)::text AS "sessionVersions",
      (SELECT count(revoked_at) || '/' || count(accepted_at) FROM invitations) AS "invitationsUsed",
      (SELECT count(*) FROM remediation_plans)::text        AS "remediationPlans",
      (SELECT count(*) FROM remediation_items)::text        AS "remediationItems",
      (SELECT max(updated_at) FROM remediation_plans)::text AS "remediationPlansUpdated",
      (SELECT max(updated_at) FROM remediation_items)::text AS "remediationItemsUpdated"`;
  return row!;
}
