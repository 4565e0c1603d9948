/**
 * Issue #19, organization export and import between two instances: the demo organization is
 * exported from one Preflight (its own PostgreSQL) and imported into a fresh one where the
 * same people have accounts. Afterwards the portfolio, every project's dashboard and a
 * snapshot's PDF read the same on both, and the source organization is untouched.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { Session } from "@/lib/cli/http/session";
import { flatText } from "../unit/reports/fixtures";
import { actionId } from "./support/server-actions";
import { DEMO_PASSWORD, DEMO_SLUG } from "./support/demo-editors";
import { SystemStack } from "./support/stack";

const PEOPLE = ["demo@preflight.local", "ops@preflight.local", "exec@preflight.local"];

let source: SystemStack;
let target: SystemStack;
beforeAll(async () => {
  source = await SystemStack.start({ name: "pg-sys-transfer-a", appPort: 3254, pgPort: 15382, demo: true });
  target = await SystemStack.start({ name: "pg-sys-transfer-b", appPort: 3255, pgPort: 15383 });
  // The same people work together on the new instance already: accounts (password hashes
  // copied, not recomputed) in one team organization, so they join rather than being invited.
  const users = await source.db.user.findMany({ where: { email: { in: PEOPLE } } });
  const team = await target.db.organization.create({ data: { name: "Northwind team", slug: "northwind-team" } });
  for (const { email, name, passwordHash } of users) {
    const user = await target.db.user.create({ data: { email, name, passwordHash } });
    await target.db.membership.create({ data: { organizationId: team.id, userId: user.id, role: "viewer" } });
  }
});
afterAll(async () => {
  await source?.close();
  await target?.close();
});

async function signedIn(stack: SystemStack, email = "demo@preflight.local"): Promise<Session> {
  const session = new Session(stack.base);
  await session.signIn(email, DEMO_PASSWORD);
  return session;
}

/**
 * What a person reads in a page's main content: its text without markup, scripts or the RSC
 * payload. The header differs by design: it lists the organizations each person belongs to.
 */
async function pageText(session: Session, path: string): Promise<string> {
  const response = await session.get(path);
  expect(response.status, path).toBe(200);
  const html = await response.text();
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0];
  expect(main, `${path} has a main landmark`).toBeDefined();
  return main!
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

async function text(session: Session, path: string): Promise<string> {
  const response = await session.get(path);
  expect(response.status, path).toBe(200);
  return response.text();
}

async function pdfText(session: Session, path: string): Promise<string> {
  const response = await session.get(path);
  expect(response.status, path).toBe(200);
  return flatText(Buffer.from(await response.arrayBuffer()));
}

it("moves the demo organization to a fresh instance: portfolio, dashboards and a snapshot's PDF read the same", async () => {
  const owner = await signedIn(source);
  const exported = await owner.get(`/api/o/${DEMO_SLUG}/export`);
  expect(exported.status).toBe(200);
  expect(exported.headers.get("content-disposition")).toMatch(/\.preflight\.json\.gz"?$/);
  const archive = Buffer.from(await exported.arrayBuffer());
  const sourceProjects = await source.db.project.count({ where: { organization: { slug: DEMO_SLUG } } });
  const sourceAudit = await source.db.auditEvent.count({ where: { organization: { slug: DEMO_SLUG } } });

  const importer = await signedIn(target);
  const form = new FormData();
  form.set("archive", new File([archive], "northwind.preflight.json.gz", { type: "application/gzip" }));
  const result = await importer.callAction(actionId("app/orgs/new/import-actions.ts", "importOrganizationAction"), "/orgs/new", [
    { ok: false },
    form,
  ]);
  const answer = result.value as { ok: boolean; data?: { slug: string; projects: number; joined: string[]; invited: unknown[] } };
  expect(answer.ok, result.text.slice(0, 500)).toBe(true);
  expect(answer.data).toMatchObject({ slug: DEMO_SLUG, projects: sourceProjects, invited: [] });
  expect(answer.data?.joined.sort()).toEqual(PEOPLE.slice(1).sort());

  // The portfolio as the CSV export writes it, and as the page reads.
  const csv = `/api/o/${DEMO_SLUG}/portfolio.csv`;
  expect(await text(importer, csv)).toBe(await text(owner, csv));
  expect(await pageText(importer, `/o/${DEMO_SLUG}`)).toBe(await pageText(owner, `/o/${DEMO_SLUG}`));

  // Every project's dashboard, matched by name (ids are new on the target).
  const projects = (where: SystemStack) =>
    where.db.project.findMany({ where: { organization: { slug: DEMO_SLUG } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  const [before, after] = [await projects(source), await projects(target)];
  expect(after.map((p) => p.name)).toEqual(before.map((p) => p.name));
  for (const [i, project] of before.entries()) {
    const path = (id: string) => `/o/${DEMO_SLUG}/projects/${id}/dashboard`;
    expect(await pageText(importer, path(after[i]!.id)), project.name).toBe(await pageText(owner, path(project.id)));
  }

  // A snapshot's PDF: the snapshot keeps its id, so the report prints the same reference.
  const snapshot = await source.db.snapshot.findFirstOrThrow({
    where: { organization: { slug: DEMO_SLUG } },
    orderBy: { createdAt: "desc" },
  });
  const moved = await target.db.snapshot.findUniqueOrThrow({ where: { id: snapshot.id }, select: { projectId: true } });
  const report = (projectId: string) => `/api/o/${DEMO_SLUG}/projects/${projectId}/report?source=${snapshot.id}`;
  expect(await pdfText(importer, report(moved.projectId))).toBe(await pdfText(owner, report(snapshot.projectId)));

  // The source is untouched (its audit events counted after the export, which records one).
  expect(await source.db.project.count({ where: { organization: { slug: DEMO_SLUG } } })).toBe(sourceProjects);
  expect(await source.db.auditEvent.count({ where: { organization: { slug: DEMO_SLUG } } })).toBe(sourceAudit);
});
