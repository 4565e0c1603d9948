import "server-only";
import type { DbTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toDocument } from "@/lib/assessments/document";
import { summarizeDraft } from "@/lib/assessments/evaluation-summary";
import { snapshotRecord } from "@/lib/assessments/snapshot-record";
import type { DemoProject } from "./demo-projects";
import { ASSESSMENT_FORMAT } from "@/lib/readiness";
import { demoPlanFor, withDemoPlan } from "./plans";
import { seedRemediationPlan } from "./seed-plans";

const DAY = 24 * 3600 * 1000;
/** The demo organizations moved to ruleset 2.0.0 this many days before the seeding day. */
const RULESET_2_SINCE_DAYS = 10;

/**
 * Demo projects with their history: snapshots dated in the past weeks (as if submitted then)
 * and the current draft, each with audit events, so dashboards and trends have data.
 */
export async function seedProjects(
  tx: DbTx,
  organizationId: string,
  people: Record<DemoProject["owner"], string>,
  projects: DemoProject[],
  now = new Date(),
) {
  for (const demo of projects) {
    const oldest = Math.max(...demo.snapshots.map((s) => s.daysAgo), 1);
    const createdAt = new Date(now.getTime() - (oldest + 3) * DAY);
    const project = await tx.project.create({
      data: {
        organizationId,
        name: demo.name,
        description: demo.description,
        systems: demo.systems,
        ownerId: people[demo.owner],
        archivedAt: demo.archived ? new Date(now.getTime() - DAY) : null,
        createdAt,
      },
    });
    await tx.auditEvent.create({
      data: {
        organizationId,
        actorId: people[demo.owner],
        entityType: "project",
        entityId: project.id,
        projectId: project.id,
        action: "project.created",
        changes: { name: { before: null, after: demo.name } },
        createdAt,
      },
    });
    let revision = 0;
    for (const snapshot of demo.snapshots) {
      revision += 1;
      const at = new Date(now.getTime() - snapshot.daysAgo * DAY);
      // Snapshots from before the organization's move to ruleset 2.0.0 keep the v1 document and
      // the 1.0.0 evaluation they were taken with, so their pages show what 2.0.0 would change.
      const document = toDocument(project, snapshot);
      const record =
        snapshot.daysAgo >= RULESET_2_SINCE_DAYS
          ? snapshotRecord({ ...document, format: ASSESSMENT_FORMAT }, "1.0.0")
          : snapshotRecord(document);
      const createdById = people[snapshot.submittedBy];
      await tx.snapshot.create({
        data: {
          organizationId,
          projectId: project.id,
          revision,
          number: revision, // the demo submits every revision it saves
          ...record,
          createdById,
          createdAt: at,
        },
      });
      await tx.auditEvent.create({
        data: {
          organizationId,
          actorId: createdById,
          entityType: "snapshot",
          entityId: project.id,
          projectId: project.id,
          action: "snapshot.submitted",
          changes: {
            verdict: { before: null, after: record.verdict },
            revision: { before: null, after: revision },
            number: { before: null, after: revision },
          },
          createdAt: at,
        },
      });
    }
    revision += 1;
    // The current draft carries the integration plan (format v2); snapshots stay as submitted.
    const demoPlan = demoPlanFor(demo.name, now.toISOString().slice(0, 10));
    const draft = { answers: withDemoPlan(demo.draft.answers, demoPlan), scores: demo.draft.scores, plan: demoPlan.plan };
    await tx.assessment.create({
      data: {
        organizationId,
        projectId: project.id,
        answers: draft.answers as Prisma.InputJsonValue,
        scores: draft.scores as Prisma.InputJsonValue,
        plan: draft.plan as Prisma.InputJsonValue,
        ...summarizeDraft(draft),
        revision,
        updatedById: people.editor,
      },
    });
    if (demo.remediation) {
      const members = await tx.membership.findMany({
        where: { organizationId },
        select: { user: { select: { id: true, name: true, email: true } } },
      });
      await seedRemediationPlan(tx, {
        organizationId,
        projectId: project.id,
        planned: demo.snapshots.at(-1)!,
        draft,
        revision,
        startDaysAgo: demo.remediation.startDaysAgo,
        people: { owner: people.owner, editor: people.editor, projectOwner: people[demo.owner] },
        members: members.map((m) => m.user),
        now,
      });
    }
  }
}
