import "server-only";
import type { StoredVersion } from "./save-contract";
import { z } from "zod";
import { sql } from "@/lib/db/client";
import { isRowId } from "@/lib/db/row-id";
import { AppError, notFound } from "@/lib/errors";
import { accessFrom, GUARD_SQL, guardSlug, requireSessionClaims, type GuardRow, type OrgContext } from "@/lib/organizations/access";
import { ASSESSMENT_FORMAT_V2, parseAssessmentV2 } from "@/lib/readiness";
import { diffFields } from "./diff";
import { reconcileAfterSave, type SavedPlan as SavedRemediation } from "@/lib/remediation-plan/reconcile-on-save";
import { judgeDraft } from "./evaluation-summary";
import { planColumn, type Draft } from "./document";

export const saveRequestSchema = z
  .object({
    baseRevision: z.number().int().min(0).max(2_000_000_000),
    answers: z.unknown(),
    scores: z.unknown(),
    // Absent: keep the stored integration plan (the workspace does not edit it yet).
    plan: z.unknown().optional(),
  })
  .strict();

export class ValidationIssuesError extends AppError {
  constructor(public readonly issues: { path: string; message: string }[]) {
    super("validation", `The assessment has ${issues.length} problem${issues.length === 1 ? "" : "s"}; nothing was saved.`, {}, { issues });
  }
}

export class RevisionConflictError extends AppError {
  constructor(public readonly current: StoredVersion) {
    super("conflict", "Someone else saved this assessment since you started editing.", {}, { current });
  }
}

/** What a save writes: answers and scores, and the plan when the request carries one (else the stored plan stays). */
export type DraftChange = Omit<Draft, "plan"> & { plan?: Draft["plan"] };

/**
 * Validates answers + scores (+ plan, when sent) with the public v2 schema, so action rows may
 * carry the v2 contract fields; issues carry document paths. `null` is refused as anywhere in
 * the document: read as "empty", it would erase the draft. `plan: {}` clears the plan.
 */
export function validateDraft(answers: unknown, scores: unknown, plan?: unknown): DraftChange {
  const parsed = parseAssessmentV2({ format: ASSESSMENT_FORMAT_V2, answers, scores, ...(plan === undefined ? {} : { plan }) });
  if (!parsed.ok) throw new ValidationIssuesError(parsed.issues);
  const { answers: validAnswers = {}, scores: validScores = {}, plan: validPlan } = parsed.document;
  return { answers: validAnswers, scores: validScores, ...(plan === undefined ? {} : { plan: validPlan ?? {} }) };
}

/** The stored draft as a save sees it. */
export interface CurrentRow {
  id: string;
  revision: number;
  answers: unknown;
  scores: unknown;
  /** The integration plan column (null: none). */
  plan: unknown;
  updated_at: Date;
  updated_by_name: string | null;
  /** The project's remediation plan, which the save reconciles. */
  remediation: SavedRemediation | null;
}

/**
 * The draft's columns as a save reads them: `a` is the assessment, `w` its last writer (aliased
 * apart from the guard's user columns), `rp` the project's remediation plan if it has one, which
 * the save reconciles (DRAFT_JOINS).
 */
const DRAFT_COLUMNS = `a.id AS assessment_id, a.revision, a.answers, a.scores, a.plan, a.updated_at AT TIME ZONE 'UTC' AS updated_at, w.name AS updated_by_name,
  rp.id AS plan_id, to_char(rp.start_date, 'YYYY-MM-DD') AS plan_start, rp.include_info AS plan_include_info,
  (SELECT coalesce(array_agg(ri.key), '{}') FROM remediation_items ri WHERE ri.plan_id = rp.id) AS plan_keys`;
const DRAFT_JOINS = `LEFT JOIN users w ON w.id = a.updated_by_id
  LEFT JOIN remediation_plans rp ON rp.project_id = a.project_id AND rp.organization_id = a.organization_id`;

interface DraftColumns {
  assessment_id: string | null;
  revision: number | null;
  answers: unknown;
  scores: unknown;
  plan: unknown;
  updated_at: Date | null;
  updated_by_name: string | null;
  plan_id: string | null;
  plan_start: string | null;
  plan_include_info: boolean | null;
  plan_keys: string[] | null;
}

/** The draft from DRAFT_COLUMNS; null when the join found none. */
function draftFrom(row: DraftColumns | undefined): CurrentRow | null {
  if (!row?.assessment_id || row.revision === null || row.updated_at === null) return null;
  const {
    assessment_id: id,
    revision,
    answers,
    scores,
    plan,
    updated_at,
    updated_by_name,
    plan_id,
    plan_start,
    plan_include_info,
    plan_keys,
  } = row;
  const remediation =
    plan_id && plan_start ? { id: plan_id, startDate: plan_start, includeInfo: plan_include_info === true, keys: plan_keys ?? [] } : null;
  return { id, revision, answers, scores, plan, updated_at, updated_by_name, remediation };
}

async function currentRow(ctx: OrgContext, projectId: string): Promise<CurrentRow> {
  const rows = await sql<DraftColumns>(
    "assessment-current",
    `SELECT ${DRAFT_COLUMNS}
       FROM assessments a ${DRAFT_JOINS}
      WHERE a.project_id = $1 AND a.organization_id = $2`,
    [projectId, ctx.organization.id],
  );
  return draftFrom(rows[0]) ?? missingProject();
}

function missingProject(): never {
  throw notFound("This project");
}

type GuardedDraftRow = GuardRow & DraftColumns;

/**
 * The autosave's guard and its first read of the draft in one statement, so a save is two
 * round trips to PostgreSQL instead of three. The draft comes back with the membership but
 * is handed on only once `accessFrom` has allowed the write; null when the project is not
 * in the organization.
 */
export async function openDraftForSave(slug: string, projectId: string): Promise<{ ctx: OrgContext; current: CurrentRow | null }> {
  const claims = await requireSessionClaims();
  const rows = await sql<GuardedDraftRow>(
    "assessment-guarded-current",
    `SELECT ${GUARD_SQL.columns}, ${DRAFT_COLUMNS}
       FROM ${GUARD_SQL.from}
       LEFT JOIN assessments a ON a.project_id = $4 AND a.organization_id = o.id
       ${DRAFT_JOINS}
      WHERE u.id = $1`,
    [claims.userId, guardSlug(slug), claims.sessionId, isRowId(projectId) ? projectId : null],
  );
  const ctx = accessFrom(claims, rows[0] ?? null, "assessments:write");
  return { ctx, current: draftFrom(rows[0]) };
}

function conflict(row: CurrentRow): RevisionConflictError {
  return new RevisionConflictError({
    revision: row.revision,
    answers: row.answers,
    scores: row.scores,
    plan: row.plan ?? {},
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by_name ? { name: row.updated_by_name } : null,
  });
}

/**
 * Writes the draft and its audit event in one statement, only if the row is still at the
 * revision the changes were computed from. Returns null when it no longer is. One
 * statement is one transaction: the draft and its audit event are written together or not
 * at all, and of concurrent writes from the same revision exactly one matches (PostgreSQL
 * re-checks the WHERE clause on the row a concurrent update left).
 */
async function writeIfUnchanged(
  ctx: OrgContext,
  projectId: string,
  row: CurrentRow,
  draft: Draft,
  action: string,
  changes: ReturnType<typeof diffFields>,
) {
  const { evaluation, summary } = judgeDraft(draft);
  const savedAt = new Date();
  const audit = Object.fromEntries(changes.map((c) => [c.path, { before: c.before ?? null, after: c.after ?? null }]));
  const written = await sql<{ revision: number }>(
    "assessment-write",
    `WITH updated AS (
       UPDATE assessments
          SET answers = $1::jsonb, scores = $2::jsonb, plan = $17::jsonb, revision = revision + 1, updated_by_id = $3,
              updated_at = $4::timestamptz AT TIME ZONE 'UTC',
              verdict = $5::verdict, readiness_index = $6, blocker_count = $7, warning_count = $8,
              blocker_rules = $9::text[], evaluated_with = $10,
              monthly_hours_saved = $18, monthly_net = $19, roi_currency = $20, payback_months = $21,
              phase_stages = $22::text[], phase_changes = $23::int[], phase_schedule = $24::int[]
        WHERE id = $11 AND revision = $12
       RETURNING id, revision
     ), audit AS (
       INSERT INTO audit_events (id, organization_id, actor_id, entity_type, entity_id, project_id, action, changes, created_at)
       SELECT gen_random_uuid()::text, $13, $3, 'assessment', updated.id, $14, $15, $16::jsonb, $4::timestamptz AT TIME ZONE 'UTC'
         FROM updated
     )
     SELECT revision FROM updated`,
    [
      JSON.stringify(draft.answers),
      JSON.stringify(draft.scores),
      ctx.user.id,
      savedAt.toISOString(),
      summary.verdict,
      summary.readinessIndex,
      summary.blockerCount,
      summary.warningCount,
      summary.blockerRules,
      summary.evaluatedWith,
      row.id,
      row.revision,
      ctx.organization.id,
      projectId,
      action,
      JSON.stringify(audit),
      planText(draft),
      summary.monthlyHoursSaved,
      summary.monthlyNet,
      summary.roiCurrency,
      summary.paybackMonths,
      summary.phaseStages,
      summary.phaseChanges,
      summary.phaseSchedule,
    ],
  );
  if (!written[0]) return null;
  if (row.remediation) await reconcileAfterSave(ctx, projectId, row.remediation, written[0].revision, draft, evaluation);
  return { revision: written[0].revision, savedAt, changed: true };
}

/** The plan column's value: SQL NULL for no plan (JSON `null` would be a value). */
function planText(draft: Draft): string | null {
  const plan = planColumn(draft.plan);
  return plan === null ? null : JSON.stringify(plan);
}

/** The stored plan, kept by a save that sends none (validated when it was written). */
function storedPlan(row: CurrentRow): Draft["plan"] {
  return (row.plan ?? {}) as Draft["plan"];
}

/** Attempts for a save that takes whatever revision is current (an import) before giving up as a conflict. */
const ANY_REVISION_ATTEMPTS = 5;

/**
 * Saves a draft only if `baseRevision` is still the current revision ("any": the current
 * one, whatever it is). Of many saves from one stale revision exactly one wins; the others
 * get a conflict carrying the state that won. The audit event (field by field, before →
 * after) is written with the draft, atomically — see writeIfUnchanged. `opened`: the draft
 * as openDraftForSave read it with the guard, saving the first read.
 */
export async function saveAssessment(
  ctx: OrgContext,
  projectId: string,
  baseRevision: number | "any",
  change: DraftChange,
  action = "assessment.saved",
  opened?: CurrentRow | null,
) {
  if (!isRowId(projectId)) throw notFound("This project");
  for (let attempt = 1; ; attempt += 1) {
    // The first read may come with the guard (openDraftForSave); retries read afresh.
    const row = attempt === 1 && opened !== undefined ? (opened ?? missingProject()) : await currentRow(ctx, projectId);
    if (baseRevision !== "any" && row.revision !== baseRevision) throw conflict(row);
    const draft: Draft = { ...change, plan: change.plan ?? storedPlan(row) };
    const changes = diffFields({ answers: row.answers, scores: row.scores, plan: row.plan ?? {} }, draft);
    if (changes.length === 0) return { revision: row.revision, savedAt: row.updated_at, changed: false };
    const saved = await writeIfUnchanged(ctx, projectId, row, draft, action, changes);
    if (saved) return saved;
    // Someone saved between the read and the write: a stale base is a conflict; "any" tries again.
    if (baseRevision !== "any" || attempt >= ANY_REVISION_ATTEMPTS) throw conflict(await currentRow(ctx, projectId));
  }
}
