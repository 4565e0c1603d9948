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
import { AREA_KEYS, type AssessmentDocumentV2 } from "@/lib/readiness";

const DAY = 24 * 3600 * 1000;

function example(root: string, name: string): AssessmentDocumentV2 {
  return JSON.parse(readFileSync(path.join(root, "public", "examples", `${name}.json`), "utf8")) as AssessmentDocumentV2;
}

export async function seedBenchOrganization(
  db: Db,
  root: string,
  options: { slug: string; projects: number; snapshots: number; email: string; password: string },
) {
  // v2 documents with their integration plans: every project has a plan, as issue #17 measures.
  const templates = [example(root, "ready-v2"), example(root, "blocked-v2")];
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
      const draft = { answers: template.answers ?? {}, scores: i % 3 === 0 ? (template.scores ?? {}) : scores, plan: template.plan };
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
        plan: draft.plan as Prisma.InputJsonValue,
        revision: options.snapshots + 1,
        ...summarizeDraft(draft),
      });
      for (let s = 0; s < options.snapshots; s += 1) {
        const document = { ...template, project: { name: `Integration ${i + 1}` }, scores: draft.scores };
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
