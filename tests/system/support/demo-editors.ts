/**
 * The editing crowd of the load tests: extra editors in the demo organization, the projects
 * they edit, and what each assessment held before the load (for the audit-chain check).
 */
import { assessmentUrl } from "@/components/workspace/save-request";
import { Session } from "@/lib/cli/http/session";
import type { Db } from "@/lib/db/client";
import type { Baseline } from "./audit-chain";
import { SimulatedEditor, type Doc, type SaveLedger } from "./simulated-editor";

export const DEMO_SLUG = "northwind-revenue-ops";
export const DEMO_PASSWORD = "preflight-demo";

/** Editors in the demo organization, with the demo password (its hash copied, not recomputed). */
export async function addDemoEditors(db: Db, emails: string[]): Promise<void> {
  const owner = await db.user.findUniqueOrThrow({ where: { email: "demo@preflight.local" } });
  const organization = await db.organization.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  for (const email of emails) {
    const user = await db.user.create({ data: { email, name: email.split("@")[0]!, passwordHash: owner.passwordHash } });
    await db.membership.create({ data: { organizationId: organization.id, userId: user.id, role: "editor" } });
  }
}

/** The first `count` demo projects by name. */
export async function demoProjectIds(db: Db, count: number): Promise<string[]> {
  const projects = await db.project.findMany({
    where: { organization: { slug: DEMO_SLUG } },
    orderBy: { name: "asc" },
    take: count,
    select: { id: true },
  });
  return projects.map((p) => p.id);
}

export async function baselines(db: Db, projectIds: string[]): Promise<Baseline[]> {
  return Promise.all(
    projectIds.map(async (projectId) => {
      const a = await db.assessment.findUniqueOrThrow({ where: { projectId } });
      const events = await db.auditEvent.findMany({ where: { entityType: "assessment", entityId: a.id }, select: { id: true } });
      const doc = { answers: a.answers, scores: a.scores } as Doc;
      return { projectId, assessmentId: a.id, revision: a.revision, doc, eventIds: new Set(events.map((e) => e.id)) };
    }),
  );
}

/** At least `minMs`, then until `done()` (a fresh server warms up first, slower on a busy machine), 20 s at most. */
export async function loadFor(minMs: number, done: () => boolean): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < minMs || (!done() && Date.now() - started < 20_000)) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Each editor signed in (through `base`, a server or a balancer) and holding its project's draft as it is now. */
export async function signedInEditors(
  base: string,
  editors: { email: string; project: number }[],
  projectIds: string[],
  ledger: SaveLedger,
): Promise<SimulatedEditor[]> {
  return Promise.all(
    editors.map(async ({ email, project }, index) => {
      const session = new Session(base);
      await session.signIn(email, DEMO_PASSWORD);
      const url = assessmentUrl(DEMO_SLUG, projectIds[project]!);
      const start = (await (await session.get(url)).json()) as { revision: number } & Doc;
      return new SimulatedEditor(email, index, session, url, projectIds[project]!, ledger, {
        revision: start.revision,
        doc: { answers: start.answers, scores: start.scores },
      });
    }),
  );
}
