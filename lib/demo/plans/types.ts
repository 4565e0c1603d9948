import type { CalendarDate } from "@/lib/integration-plan/calendar-day";
import type { ActionRow, ActionRowV2, Plan, SyncAuditLogKind } from "@/lib/readiness";

/** The v2 contract fields of a Q5 action row (seeds 002 and 003): tier, contract, rollback, credentials, trigger. */
export type ActionContract = Omit<ActionRowV2, keyof ActionRow>;

/** What format v2 adds to a demo project's current draft. */
export interface DemoPlan {
  plan: Plan;
  /**
   * One entry per Q5 row of the draft, in the same order (`{}`: that row's contract is not
   * written yet); merged into the rows, which keep every v1 field as it is.
   */
  actionContracts: ActionContract[];
  /** The v2 sync-audit kinds Q7 also captures, added after the draft's v1 kinds (none without Q7). */
  auditLogKinds: SyncAuditLogKind[];
}

/** A project's plan as of the seeding day: rollout dates are placed around `today`. */
export type DemoPlanBuilder = (today: CalendarDate) => DemoPlan;

/** All five sync-audit kinds, for projects whose Q7 captures the full write trail. */
export const FULL_SYNC_AUDIT: SyncAuditLogKind[] = [
  "source_record_id",
  "target_record_id",
  "payload_version",
  "failure_reason",
  "retry_history",
];
