import "server-only";
import type { DbTx } from "@/lib/db/client";
import { evaluateDraft } from "@/lib/assessments/evaluation-summary";
import { draftDocument } from "@/lib/assessments/document";
import { addDays, generatePlan, matchMember, reconcile, type GeneratedItem } from "@/lib/remediation";
import { itemRow } from "@/lib/remediation-plan/reconcile-on-save";
import { dateColumn } from "@/lib/remediation-plan/columns";

const DAY = 24 * 3600 * 1000;

interface DemoPlanInput {
  organizationId: string;
  projectId: string;
  /** The last submitted snapshot's answers and scores: what the plan was made from. */
  planned: { answers: unknown; scores: unknown };
  /** The current draft and its revision: saves since then resolved some items. */
  draft: { answers: unknown; scores: unknown; plan?: unknown };
  revision: number;
  startDaysAgo: number;
  people: { owner: string; editor: string; projectOwner: string };
  members: { id: string; name: string; email: string }[];
  now: Date;
}

const NOTES = [
  "Drafted the change; waiting for the system owner's review.",
  "Raised in the weekly ops review; owner agreed to take it.",
  "Blocked on vendor documentation: asked their support on Monday.",
];

/**
 * A remediation plan as a team would have it a few weeks in: made from the last snapshot,
 * reconciled with the draft saved since (items whose finding is gone are resolved), some items
 * in progress with notes, one marked done. Written directly, as the demo's history is.
 */
export async function seedRemediationPlan(tx: DbTx, input: DemoPlanInput): Promise<void> {
  const { organizationId, projectId, people, now } = input;
  const start = addDays(now.toISOString().slice(0, 10), -input.startDaysAgo);
  const createdAt = new Date(now.getTime() - input.startDaysAgo * DAY);
  const planned = generatePlan({ evaluation: evaluateDraft(input.planned), document: draftDocument(input.planned), start });
  const current = generatePlan({ evaluation: evaluateDraft(input.draft), document: draftDocument(input.draft), start });
  const plan = await tx.remediationPlan.create({
    data: {
      organizationId,
      projectId,
      startDate: dateColumn(start),
      reconciledRevision: input.revision,
      createdById: people.owner,
      createdAt,
    },
  });
  const assignee = (item: GeneratedItem) =>
    (item.suggestedOwner && matchMember(item.suggestedOwner.name, input.members)) ?? people.projectOwner;
  const changes = reconcile([], planned);
  const later = reconcile(
    planned.map((item) => ({ ...item, status: "open" as const, resolvedAt: null, dueDateSetByPerson: false })),
    current,
  );
  const all = [...changes.create, ...later.create];
  const positions = new Map(current.map((item, index) => [item.key, index]));
  const resolved = new Set(later.resolve);
  const outstanding = all.filter((item) => !resolved.has(item.key));
  const progress = new Map<string, { status: "in_progress" | "done"; notes: string }>();
  outstanding.slice(0, 3).forEach((item, index) => progress.set(item.key, { status: "in_progress", notes: NOTES[index]! }));
  const lastWarning = outstanding.filter((item) => item.severity === "warning").at(-1);
  if (lastWarning) progress.set(lastWarning.key, { status: "done", notes: "Fixed in the source system; the draft still needs updating." });
  await tx.remediationItem.createMany({
    data: all.map((item) => ({
      ...itemRow(organizationId, projectId, plan.id, item, positions.get(item.key) ?? current.length, assignee(item)),
      ...(progress.get(item.key) ?? {}),
      ...(resolved.has(item.key)
        ? { resolvedAt: new Date(now.getTime() - 2 * DAY), resolvedById: people.editor, resolvedRevision: input.revision }
        : {}),
      createdAt,
    })),
  });
  await tx.auditEvent.create({
    data: {
      organizationId,
      actorId: people.owner,
      entityType: "remediation_plan",
      entityId: plan.id,
      projectId,
      action: "remediation.plan_created",
      changes: { startDate: { before: null, after: start }, items: { before: null, after: planned.length } },
      createdAt,
    },
  });
}
