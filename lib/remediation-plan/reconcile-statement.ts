import "server-only";
import { sql } from "@/lib/db/client";
import type { GeneratedItem } from "@/lib/remediation";
import { storedTrack, storedWindow } from "./columns";

/**
 * One statement that brings a plan's items in line with a draft's findings, so a save with a
 * plan costs one more round trip, not a transaction of many:
 * - claims the plan for `revision` (skipped when it was reconciled with this one or a newer);
 * - resolves the items whose finding is gone;
 * - inserts new findings as items and, for the ones still there, refreshes what the rules
 *   decide (wording, severity, track, window, position, a due date nobody chose) and clears
 *   `resolved_at` (a finding back reopens its item) — only rows that actually change are written;
 * - writes an audit event for every item added, resolved or reopened.
 * What people set (status, assignee, notes, a chosen due date) is never in the SET lists.
 */
const STATEMENT = `
WITH claim AS (
  UPDATE remediation_plans SET reconciled_revision = $3, updated_at = $5::timestamptz AT TIME ZONE 'UTC'
   WHERE id = $2 AND organization_id = $1 AND reconciled_revision < $3
  RETURNING id
), before AS (
  SELECT i.key, i.resolved_at FROM remediation_items i JOIN claim ON i.plan_id = claim.id
), fresh AS (
  SELECT * FROM unnest($7::text[], $8::text[], $9::text[], $10::finding_severity[], $11::remediation_track[], $12::remediation_window[],
                       $13::text[], $14::text[], $15::text[], $16::int[], $17::date[], $18::text[], $19::text[], $20::text[])
    AS g(key, rule_id, target, severity, track, time_window, title, message, remediation, position, due_date, suggested_owner, suggested_from, assignee_id)
), resolved AS (
  UPDATE remediation_items i
     SET resolved_at = $5::timestamptz AT TIME ZONE 'UTC', resolved_by_id = $4, resolved_revision = $3, updated_at = $5::timestamptz AT TIME ZONE 'UTC'
    FROM claim
   WHERE i.plan_id = claim.id AND i.resolved_at IS NULL AND NOT (i.key = ANY($7::text[]))
  RETURNING i.id, i.key, i.title
), upserted AS (
  INSERT INTO remediation_items AS i (id, organization_id, project_id, plan_id, key, rule_id, target, severity, track, time_window, title, message,
                                      remediation, position, due_date, suggested_owner, suggested_from, assignee_id, created_at, updated_at)
  SELECT gen_random_uuid()::text, $1, $6, claim.id, f.key, f.rule_id, f.target, f.severity, f.track, f.time_window, f.title, f.message,
         f.remediation, f.position, f.due_date, f.suggested_owner, f.suggested_from, f.assignee_id,
         $5::timestamptz AT TIME ZONE 'UTC', $5::timestamptz AT TIME ZONE 'UTC'
    FROM fresh f CROSS JOIN claim
  ON CONFLICT (organization_id, project_id, key) DO UPDATE
     SET severity = EXCLUDED.severity, track = EXCLUDED.track, time_window = EXCLUDED.time_window, title = EXCLUDED.title,
         message = EXCLUDED.message, remediation = EXCLUDED.remediation, position = EXCLUDED.position,
         suggested_owner = EXCLUDED.suggested_owner, suggested_from = EXCLUDED.suggested_from,
         due_date = CASE WHEN i.due_date_set_by_person THEN i.due_date ELSE EXCLUDED.due_date END,
         resolved_at = NULL, resolved_by_id = NULL, resolved_revision = NULL, updated_at = EXCLUDED.updated_at
   WHERE i.resolved_at IS NOT NULL
      OR (i.severity, i.track, i.time_window, i.title, i.message, i.remediation, i.position, i.suggested_owner, i.suggested_from)
         IS DISTINCT FROM (EXCLUDED.severity, EXCLUDED.track, EXCLUDED.time_window, EXCLUDED.title, EXCLUDED.message, EXCLUDED.remediation,
                           EXCLUDED.position, EXCLUDED.suggested_owner, EXCLUDED.suggested_from)
      OR (NOT i.due_date_set_by_person AND i.due_date <> EXCLUDED.due_date)
  RETURNING i.id, i.key, i.title, (i.xmax = 0) AS inserted
), events AS (
  SELECT id, key, title, 'remediation.item_resolved' AS action FROM resolved
  UNION ALL
  SELECT u.id, u.key, u.title, CASE WHEN u.inserted THEN 'remediation.item_added' ELSE 'remediation.item_reopened' END
    FROM upserted u LEFT JOIN before b ON b.key = u.key
   WHERE u.inserted OR b.resolved_at IS NOT NULL
), audit AS (
  INSERT INTO audit_events (id, organization_id, actor_id, entity_type, entity_id, project_id, action, changes, created_at)
  SELECT gen_random_uuid()::text, $1, $4, 'remediation_item', e.id, $6, e.action,
         jsonb_build_object('item', jsonb_build_object('before', NULL, 'after', e.title),
                            'key', jsonb_build_object('before', NULL, 'after', e.key),
                            'revision', jsonb_build_object('before', NULL, 'after', $3::int)),
         $5::timestamptz AT TIME ZONE 'UTC'
    FROM events e
  RETURNING action
)
SELECT (SELECT count(*) FROM claim)::int AS claimed,
       (SELECT count(*) FROM audit WHERE action = 'remediation.item_added')::int AS created,
       (SELECT count(*) FROM audit WHERE action = 'remediation.item_resolved')::int AS resolved,
       (SELECT count(*) FROM audit WHERE action = 'remediation.item_reopened')::int AS reopened`;

export interface ReconcileArgs {
  organizationId: string;
  projectId: string;
  planId: string;
  revision: number;
  actorId: string | null;
  now: Date;
  /** The plan's items as the draft's findings make them, in plan order. */
  generated: readonly GeneratedItem[];
  /** Who a new item goes to (by key); items that exist keep theirs. */
  assignees: ReadonlyMap<string, string | null>;
}

export async function runReconcileStatement(args: ReconcileArgs) {
  const items = args.generated;
  const column = <T>(pick: (item: GeneratedItem, index: number) => T) => items.map(pick);
  const [row] = await sql<{ claimed: number; created: number; resolved: number; reopened: number }>("remediation-reconcile", STATEMENT, [
    args.organizationId,
    args.planId,
    args.revision,
    args.actorId,
    args.now.toISOString(),
    args.projectId,
    column((item) => item.key),
    column((item) => item.ruleId),
    column((item) => item.target),
    column((item) => item.severity),
    column((item) => storedTrack(item.track)),
    column((item) => storedWindow(item.window)),
    column((item) => item.title),
    column((item) => item.message),
    column((item) => item.remediation),
    column((_, index) => index),
    column((item) => item.dueDate),
    column((item) => item.suggestedOwner?.name ?? null),
    column((item) => item.suggestedOwner?.from ?? null),
    column((item) => args.assignees.get(item.key) ?? null),
  ]);
  return row!.claimed === 0 ? null : { created: row!.created, resolved: row!.resolved, reopened: row!.reopened };
}
