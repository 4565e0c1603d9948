import "server-only";
import { db } from "@/lib/db/client";
import { isRowId } from "@/lib/db/row-id";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import type { OrgContext } from "@/lib/organizations/access";
import { readSnapshot } from "./snapshot-read";
import { nextSnapshotNumber } from "./snapshot-number";
import { snapshotRecord } from "./snapshot-record";
import { toDocument } from "./document";
import { evaluate, RULESET_VERSION } from "@/lib/readiness";
import { rulesetChange, type RulesetChange } from "./ruleset-change";

/**
 * "Submit for review": freezes the current draft into an immutable snapshot with its
 * evaluation and the ruleset version. Refused when the draft moved past `revision`, so
 * people submit exactly what they reviewed.
 */
export async function submitForReview(ctx: OrgContext, projectId: string, revision: number) {
  return db().$transaction(async (tx) => {
    // Lock first, then read: a save racing the submit either lands before it or waits.
    await tx.$queryRaw`SELECT id FROM assessments WHERE project_id = ${projectId} AND organization_id = ${ctx.organization.id} FOR UPDATE`;
    const project = await tx.project.findFirst({
      where: { id: projectId, organizationId: ctx.organization.id },
      select: {
        id: true,
        name: true,
        description: true,
        systems: true,
        assessment: { select: { answers: true, scores: true, plan: true, revision: true } },
      },
    });
    if (!project?.assessment) throw notFound("This project");
    if (project.assessment.revision !== revision)
      throw new AppError("conflict", "The assessment changed since you opened it: review it and submit again.");
    const document = toDocument(project, project.assessment);
    const record = snapshotRecord(document);
    const number = await nextSnapshotNumber(tx, ctx.organization.id, projectId);
    const snapshot = await tx.snapshot.create({
      data: {
        organizationId: ctx.organization.id,
        projectId,
        revision,
        number,
        ...record,
        createdById: ctx.user.id,
      },
    });
    await recordAudit(tx, {
      organizationId: ctx.organization.id,
      actorId: ctx.user.id,
      entityType: "snapshot",
      entityId: snapshot.id,
      projectId,
      action: "snapshot.submitted",
      changes: {
        verdict: { before: null, after: record.verdict },
        revision: { before: null, after: revision },
        number: { before: null, after: number },
      },
    });
    return snapshot;
  });
}

export function listSnapshots(ctx: OrgContext, projectId: string) {
  return db().snapshot.findMany({
    where: { organizationId: ctx.organization.id, projectId },
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      createdAt: true,
      verdict: true,
      readinessIndex: true,
      blockerCount: true,
      warningCount: true,
      revision: true,
      rulesetVersion: true,
      createdBy: { select: { name: true } },
    },
  });
}

export async function getSnapshot(ctx: OrgContext, projectId: string, snapshotId: string) {
  if (!isRowId(projectId) || !isRowId(snapshotId)) throw notFound("This snapshot");
  const snapshot = await db().snapshot.findFirst({
    where: { id: snapshotId, projectId, organizationId: ctx.organization.id },
    select: {
      id: true,
      number: true,
      createdAt: true,
      document: true,
      evaluation: true,
      rulesetVersion: true,
      createdBy: { select: { name: true } },
    },
  });
  if (!snapshot) throw notFound("This snapshot");
  return readSnapshot(snapshot);
}

/**
 * What the app's ruleset would change about a snapshot judged by an older one: its stored
 * document judged again, compared with the evaluation it keeps. Null for a snapshot the
 * current ruleset judged. Nothing is written: the snapshot keeps its verdict.
 */
export function snapshotRulesetChange(snapshot: Awaited<ReturnType<typeof getSnapshot>>): RulesetChange | null {
  if (snapshot.rulesetVersion === RULESET_VERSION) return null;
  return rulesetChange(snapshot.evaluation, evaluate(snapshot.document, { ruleset: RULESET_VERSION }));
}
