/**
 * The people and rows the security tests play with, on a demo-seeded stack. The victim is
 * the demo organization "Northwind Revenue Ops" (owner, viewer, an extra member to act on,
 * pending and revoked invitations, a logo); the attacker is Mallory, who signs up with an
 * organization of her own and a project in it. Every id an attack uses is a real one.
 */
import { createHash } from "node:crypto";
import { Session } from "@/lib/cli/http/session";
import { tinyPng } from "@/tests/support/images";
import { actionOutcome } from "./outcome";
import { SystemStack } from "./stack";

export const DEMO_PASSWORD = "preflight-demo";
export const VICTIM_SLUG = "northwind-revenue-ops";
export const OUTSIDER = {
  name: "Mallory Mercer",
  email: "mallory@evil.test",
  password: "mallory-long-password",
  organizationName: "Mallory Labs",
};

/** Real ids of the victim organization, as an attack or a legitimate call names them. */
export interface Target {
  slug: string;
  projectId: string;
  archivedProjectId: string;
  /** A project with a remediation plan (from the demo), one of its items and that item's revision. */
  planProjectId: string;
  planItemId: string;
  planItemRevision: number;
  snapshotId: string;
  olderSnapshotId: string;
  revision: number;
  /** Membership of an extra editor, there to have their role changed and be removed. */
  membershipId: string;
  /** A pending invitation (revoked by the legitimate call). */
  invitationId: string;
  /** The token of another pending invitation (accepted by the legitimate call). */
  invitationToken: string;
  /** The token of an invitation that was withdrawn. */
  revokedInvitationToken: string;
  ownerUserId: string;
  ownerEmail: string;
}

export interface World {
  victim: Target & { organizationId: string; name: string; projectNames: string[]; userIds: string[] };
  outsiderOrg: { slug: string; projectId: string; organizationId: string };
  owner: Session;
  viewer: Session;
  outsider: Session;
}

/** The security tests' server serves /api/metrics to this token (the route is off without one). */
export const WORLD_METRICS_TOKEN = "world-metrics-token-5d1e";

export const signedOut = (base: string) => new Session(base);

/** A browser whose session cookie was made up: it passes the proxy, so the code behind must refuse it. */
export function forged(base: string): Session {
  const session = new Session(base);
  session.setCookie("next-auth.session-token", "forged.session.token");
  return session;
}

async function signedIn(base: string, email: string, password: string): Promise<Session> {
  const session = new Session(base);
  await session.signIn(email, password);
  return session;
}

/** Runs an action that must succeed during setup and returns its form state's data, or where it redirected. */
async function must(session: Session, entry: string, fields: Record<string, string | Blob>, params: Record<string, string>) {
  const outcome = await actionOutcome(session, { entry, fields, params });
  if (outcome.verdict !== "ok") throw new Error(`setup: ${entry} failed: ${outcome.body.slice(0, 400)}`);
  return { redirectTo: outcome.redirectTo, data: (outcome.value as { data?: Record<string, string> } | undefined)?.data };
}

const MEMBERS = "app/o/[slug]/members/actions.ts";

export async function setUpWorld(stack: SystemStack): Promise<World> {
  const db = stack.db;
  const [owner, viewer] = await Promise.all([
    signedIn(stack.base, "demo@preflight.local", DEMO_PASSWORD),
    signedIn(stack.base, "exec@preflight.local", DEMO_PASSWORD),
  ]);
  const organization = await db.organization.findUniqueOrThrow({
    where: { slug: VICTIM_SLUG },
    include: { memberships: { include: { user: true } } },
  });
  const params = { slug: VICTIM_SLUG };
  const projects = await db.project.findMany({
    where: { organizationId: organization.id },
    include: { snapshots: { orderBy: { createdAt: "desc" } }, assessment: true },
    orderBy: { name: "asc" },
  });
  const project = projects.find((p) => !p.archivedAt && p.snapshots.length >= 2 && p.assessment)!;
  const archived = projects.find((p) => p.archivedAt)!;
  const ownerUser = organization.memberships.find((m) => m.role === "owner")!.user;
  const planItem = await db.remediationItem.findFirstOrThrow({
    where: { organizationId: organization.id, project: { archivedAt: null, id: { not: project.id } } },
    select: { id: true, projectId: true, revision: true },
    orderBy: { position: "asc" },
  });

  const extra = await db.user.create({ data: { name: "Sam Target", email: "sam.target@example.test", passwordHash: "not-a-usable-hash" } });
  const membership = await db.membership.create({ data: { organizationId: organization.id, userId: extra.id, role: "editor" } });

  const invite = async () =>
    (await must(owner, `${MEMBERS}#createInvitationAction`, { orgSlug: VICTIM_SLUG, role: "viewer" }, params)).data!.token!;
  const idOf = async (token: string) =>
    (await db.invitation.findUniqueOrThrow({ where: { tokenHash: createHash("sha256").update(token).digest("hex") } })).id;
  const pendingToken = await invite();
  const acceptToken = await invite();
  const revokedToken = await invite();
  await must(owner, `${MEMBERS}#revokeInvitationAction`, { orgSlug: VICTIM_SLUG, invitationId: await idOf(revokedToken) }, params);
  const logo = new File([Buffer.from(tinyPng())], "logo.png", { type: "image/png" });
  await must(owner, "app/o/[slug]/settings/actions.ts#uploadLogoAction", { orgSlug: VICTIM_SLUG, logo }, params);

  await must(signedOut(stack.base), "app/(auth)/actions.ts#signUpAction", { ...OUTSIDER }, {});
  const outsider = await signedIn(stack.base, OUTSIDER.email, OUTSIDER.password);
  // The sign-up answer names no organization (it is the same for a taken email).
  const { slug: outsiderSlug } = await db.organization.findFirstOrThrow({
    where: { memberships: { some: { user: { email: OUTSIDER.email } } } },
  });
  const created = await must(
    outsider,
    "app/o/[slug]/projects/actions.ts#createProjectAction",
    { orgSlug: outsiderSlug, name: "Mallory Pilot" },
    { slug: outsiderSlug },
  );
  const outsiderOrg = await db.organization.findUniqueOrThrow({ where: { slug: outsiderSlug } });

  return {
    victim: {
      slug: VICTIM_SLUG,
      organizationId: organization.id,
      name: organization.name,
      projectNames: projects.map((p) => p.name),
      userIds: [...organization.memberships.map((m) => m.userId), extra.id],
      projectId: project.id,
      archivedProjectId: archived.id,
      planProjectId: planItem.projectId,
      planItemId: planItem.id,
      planItemRevision: planItem.revision,
      snapshotId: project.snapshots[0]!.id,
      olderSnapshotId: project.snapshots[1]!.id,
      revision: project.assessment!.revision,
      membershipId: membership.id,
      invitationId: await idOf(pendingToken),
      invitationToken: acceptToken,
      revokedInvitationToken: revokedToken,
      ownerUserId: ownerUser.id,
      ownerEmail: ownerUser.email,
    },
    outsiderOrg: { slug: outsiderSlug, projectId: created.redirectTo!.split("/").pop()!, organizationId: outsiderOrg.id },
    owner,
    viewer,
    outsider,
  };
}

/** The stack every security test file starts (one at a time, so they share ports), with the world set up on it. */
export async function startWorld(): Promise<{ stack: SystemStack; world: World }> {
  const stack = await SystemStack.start({
    name: "pg-sys-sec",
    appPort: 3222,
    pgPort: 15352,
    demo: true,
    env: { METRICS_TOKEN: WORLD_METRICS_TOKEN },
  });
  return { stack, world: await setUpWorld(stack) };
}
