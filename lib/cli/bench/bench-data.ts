/**
 * A benchmark organization: one owner, N projects with drafts and M snapshots each, written
 * in bulk. Documents vary between the examples and random scores so verdicts mix.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { summarizeDraft } from "@/lib/assessments/evaluation-summary";
import { snapshotRecord } from "@/lib/assessments/snapshot-record";
import { dateOfDay, dayNumber } from "@/lib/integration-plan/calendar-day";
import { AREA_KEYS, type AssessmentDocumentV2, type Plan } from "@/lib/readiness";

const DAY = 24 * 3600 * 1000;

function example(root: string, name: string): AssessmentDocumentV2 {
  return JSON.parse(readFileSync(path.join(root, "public", "examples", `${name}.json`), "utf8")) as AssessmentDocumentV2;
}

/** The plan with its rollout moved by `days`, so the projects stand in different phases today (issue #17). */
function shiftedPlan(plan: Plan | undefined, days: number): Plan | undefined {
  const shift = (date: string | undefined) => {
    const day = date === undefined ? null : dayNumber(date);
    return day === null ? date : dateOfDay(day + days);
  };
  if (plan?.rollout === undefined) return plan;
  return { ...plan, rollout: plan.rollout.map((phase) => ({ ...phase, start: shift(phase.start), end: shift(phase.end) })) };
}

export async function seedBenchOrganization(
  db: Db,
  root: string,
  options: { slug: string; projects: number; snapshots: number; email: string; password: string },
) {
  // The drafts carry integration plans, as 2.0.0 drafts do: the portfolio reads their ROI and rollout columns.
  const templates = [example(root, "ready-v2"), example(root, "blocked-v2")];
  const firstStart = dayNumber(templates[0]!.plan?.rollout?.[0]?.start ?? "") ?? 0;
  const today = Math.floor(Date.now() / DAY);
  const user = await db.user.create({
    data: { email: options.email, name: "Bench Owner", passwordHash: await hashPassword(options.password) },
  });
  const organization = await db.organization.create({ data: { name: "Benchmark Portfolio", slug: options.slug } });
  await db.membership.create({ data: { organizationId: organization.id, userId: user.id, role: "owner" } });
  const now = Date.now();
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let start = 0; start < options.projects; start += 100) {
    const projects: Prisma.ProjectCreateManyInput[] = [];
    const assessments: Prisma.AssessmentCreateManyInput[] = [];
    const snapshots: Prisma.SnapshotCreateManyInput[] = [];
    for (let i = start; i < Math.min(options.projects, start + 100); i += 1) {
      const id = randomUUID();
      const template = templates[i % templates.length]!;
      const scores = Object.fromEntries(AREA_KEYS.map((key) => [key, { score: 1 + Math.floor(random() * 5) }]));
      // Today falls before, inside or after each project's rollout, over about 150 days.
      const plan = shiftedPlan(template.plan, today - firstStart - (i % 150) + 20);
      const draft = { answers: template.answers ?? {}, scores: i % 3 === 0 ? (template.scores ?? {}) : scores, plan };
      projects.push({
        id,
        organizationId: organization.id,
        name: `Integration ${String(i + 1).padStart(4, "0")}`,
        systems: ["crm", "support_desk"],
        ownerId: user.id,
      });
      assessments.push({
        organizationId: organization.id,
        projectId: id,
        answers: draft.answers as Prisma.InputJsonValue,
        scores: draft.scores as Prisma.InputJsonValue,
        ...(plan === undefined ? {} : { plan: plan as Prisma.InputJsonValue }),
        revision: options.snapshots + 1,
        ...summarizeDraft(draft),
      });
      for (let s = 0; s < options.snapshots; s += 1) {
        const document = { ...template, project: { name: `Integration ${i + 1}` }, scores: draft.scores, plan } as AssessmentDocumentV2;
        snapshots.push({
          organizationId: organization.id,
          projectId: id,
          revision: s + 1,
          number: s + 1,
          ...snapshotRecord(document),
          createdById: user.id,
          createdAt: new Date(now - (options.snapshots - s) * 9 * DAY),
        });
      }
    }
    await db.project.createMany({ data: projects });
    await db.assessment.createMany({ data: assessments });
    await db.snapshot.createMany({ data: snapshots });
  }
  return organization;
}
