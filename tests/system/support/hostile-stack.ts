/**
 * The server the hostile-input tests attack: the demo data on a database of their own (one
 * file at a time, so they share the ports), and signed-in sessions of the demo accounts.
 */
import { afterAll, beforeAll } from "vitest";
import { Session } from "@/lib/cli/http/session";
import { SystemStack } from "./stack";

export const DEMO_SLUG = "northwind-revenue-ops";
/** The second demo organization, where the owner account is an editor. */
export const OTHER_DEMO_SLUG = "globex-customer-support";

export function startHostileStack(): Promise<SystemStack> {
  return SystemStack.start({ name: "pg-sys-hostile", appPort: 3223, pgPort: 15353, demo: true });
}

export async function signedIn(stack: SystemStack, email = "demo@preflight.local"): Promise<Session> {
  const session = new Session(stack.base);
  await session.signIn(email, "preflight-demo");
  return session;
}

export interface ProjectTarget {
  stack: SystemStack;
  owner: Session;
  projectId: string;
}

/**
 * For a test file that attacks one project's routes: starts the stack before its tests and
 * stops it after, signs the owner in and picks a project of the first demo organization
 * whose draft has been saved (so a bad save that got through would change it). The object
 * is filled in by `beforeAll`.
 */
export function attackOneProject(): ProjectTarget {
  const target = {} as ProjectTarget;
  beforeAll(async () => {
    target.stack = await startHostileStack();
    target.owner = await signedIn(target.stack);
    const where = { organization: { slug: DEMO_SLUG }, assessment: { revision: { gt: 0 } } };
    target.projectId = (await target.stack.db.project.findFirstOrThrow({ where, select: { id: true } })).id;
  });
  afterAll(async () => target.stack?.close());
  return target;
}
