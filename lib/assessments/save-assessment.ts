import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { isRowId } from "@/lib/db/row-id";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import type { OrgContext } from "@/lib/organizations/access";
import { ASSESSMENT_FORMAT, parseAssessment } from "@/lib/readiness";
import { diffFields } from "./diff";
import { summarizeDraft } from "./evaluation-summary";
import type { Draft } from "./document";

export const saveRequestSchema = z
  .object({ baseRevision: z.number().int().min(0).max(2_000_000_000), answers: z.unknown(), scores: z.unknown() })
  .strict();

export class ValidationIssuesError extends AppError {
  constructor(public readonly issues: { path: string; message: string }[]) {
    super("validation", `The assessment has ${issues.length} problem${issues.length === 1 ? "" : "s"}; nothing was saved.`);
  }
}

export class RevisionConflictError extends AppError {
  constructor(public readonly current: { revision: number; answers: unknown; scores: unknown; updatedAt: string; updatedBy: { name: string } | null }) {
    super("conflict", "Someone else saved this assessment since you started editing.");
  }
}

/**
 * Validates answers + scores with the public schema; issues carry document paths. `null` is
 * refused as anywhere in the document: read as "empty", it would erase the draft.
 */
export function validateDraft(answers: unknown, scores: unknown): Draft {
  const parsed = parseAssessment({ format: ASSESSMENT_FORMAT, answers, scores });
  if (!parsed.ok) throw new ValidationIssuesError(parsed.issues);
  return { answers: parsed.document.answers ?? {}, scores: parsed.document.scores ?? {} };
}

interface LockedRow {
  id: string;
  revision: number;
  answers: unknown;
  scores: unknown;
  updated_at: Date;
  updated_by_name: string | null;
}

/**
 * Saves a draft only if `baseRevision` is still the current revision. The row is locked for
 * the check and the write, so of many saves from one stale revision exactly one wins; the
 * audit event (field by field, before → after) is written in the same transaction.
 */
export async function saveAssessment(ctx: OrgContext, projectId: string, baseRevision: number | "any", draft: Draft, action = "assessment.saved") {
  if (!isRowId(projectId)) throw notFound("This project");
  return db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<LockedRow[]>`
      SELECT a.id, a.revision, a.answers, a.scores, a.updated_at, u.name AS updated_by_name
        FROM assessments a LEFT JOIN users u ON u.id = a.updated_by_id
       WHERE a.project_id = ${projectId} AND a.organization_id = ${ctx.organization.id}
       FOR UPDATE OF a`;
    const row = rows[0];
    if (!row) throw notFound("This project");
    if (baseRevision !== "any" && row.revision !== baseRevision) {
      throw new RevisionConflictError({
        revision: row.revision,
        answers: row.answers,
        scores: row.scores,
        updatedAt: row.updated_at.toISOString(),
        updatedBy: row.updated_by_name ? { name: row.updated_by_name } : null,
      });
    }
    const changes = diffFields({ answers: row.answers, scores: row.scores }, draft);
    if (changes.length === 0) return { revision: row.revision, savedAt: row.updated_at, changed: false };
    const updated = await tx.assessment.update({
      where: { id: row.id },
      data: {
        answers: draft.answers as Prisma.InputJsonValue,
        scores: draft.scores as Prisma.InputJsonValue,
        revision: row.revision + 1,
        updatedById: ctx.user.id,
        ...summarizeDraft(draft),
      },
      select: { revision: true, updatedAt: true },
    });
    await recordAudit(tx, {
      organizationId: ctx.organization.id,
      actorId: ctx.user.id,
      entityType: "assessment",
      entityId: row.id,
      projectId,
      action,
      changes: Object.fromEntries(changes.map((c) => [c.path, { before: c.before ?? null, after: c.after ?? null }])),
    });
    return { revision: updated.revision, savedAt: updated.updatedAt, changed: true };
  });
}
