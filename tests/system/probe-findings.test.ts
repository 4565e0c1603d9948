/**
 * Attacks an outside black-box probe of the production build found to work, replayed
 * against it: an owner who is removed coming back through their own saved invitation, and
 * ids or query values with a NUL byte reaching PostgreSQL (a 500) instead of a 404.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Session } from "@/lib/cli/http/session";
import { actionOutcome } from "./support/outcome";
import type { SystemStack } from "./support/stack";
import { DEMO_PASSWORD, startWorld, type World } from "./support/world";

let stack: SystemStack;
let world: World;

beforeAll(async () => {
  ({ stack, world } = await startWorld());
});

afterAll(async () => {
  await stack?.close();
});

const MEMBERS = "app/o/[slug]/members/actions.ts";

describe("an invitation does not outlive its creator's authority", () => {
  it("an owner who saves an owner invitation, then is removed, cannot use it to come back", async () => {
    const { slug } = world.victim;
    const params = { slug };
    const rogue = new Session(stack.base);
    await rogue.signIn("ops@preflight.local", DEMO_PASSWORD);
    const rogueMembership = await stack.db.membership.findFirstOrThrow({
      where: { organization: { slug }, user: { email: "ops@preflight.local" } },
    });

    const promote = await actionOutcome(world.owner, {
      entry: `${MEMBERS}#changeRoleAction`,
      fields: { orgSlug: slug, membershipId: rogueMembership.id, role: "owner" },
      params,
    });
    expect(promote.verdict).toBe("ok");
    const invite = await actionOutcome(rogue, {
      entry: `${MEMBERS}#createInvitationAction`,
      fields: { orgSlug: slug, role: "owner" },
      params,
    });
    expect(invite.verdict).toBe("ok");
    const token = (invite.value as { data: { token: string } }).data.token;
    const remove = await actionOutcome(world.owner, {
      entry: `${MEMBERS}#removeMemberAction`,
      fields: { orgSlug: slug, membershipId: rogueMembership.id },
      params,
    });
    expect(remove.verdict).toBe("ok");

    const comeBack = await actionOutcome(rogue, {
      entry: "app/invite/[token]/actions.ts#acceptInvitationAction",
      fields: { token },
      params: { token },
    });
    expect(comeBack.verdict).not.toBe("ok");
    expect((comeBack.value as { message?: string }).message).toBe("This invitation was withdrawn. Ask for a new one.");
    expect(await stack.db.membership.count({ where: { organization: { slug }, userId: rogueMembership.userId } })).toBe(0);
    const invitation = await stack.db.invitation.findUniqueOrThrow({
      where: { tokenHash: createHash("sha256").update(token).digest("hex") },
    });
    expect(invitation.revokedAt).not.toBeNull();
    expect(invitation.acceptedAt).toBeNull();
    // The invitation page answers 404 too, instead of offering to join.
    const page = await rogue.get(`/invite/${token}`);
    expect(page.status).toBe(404);
    const html = await page.text();
    expect(html).toContain("This invitation link cannot be used");
    expect(html).not.toContain("Accept invitation");
  });
});

describe("ids and query values are checked before any query", () => {
  it("a NUL byte or a malformed id in a path, a query value or a repeated key is a 404 or ignored, never a 500", async () => {
    const project = `/o/${world.victim.slug}/projects/${world.victim.projectId}`;
    const cases: [string, number][] = [
      [`/o/${world.victim.slug}/projects/%00/snapshots`, 404],
      [`/o/${world.victim.slug}/projects/%00`, 404],
      [`${project}/snapshots/compare?a=%00&b=draft`, 404],
      [`${project}/snapshots/compare?a=draft&b=%00`, 404],
      [`${project}/snapshots/compare?a=x%00y`, 404],
      [`${project}/snapshots/compare?a=draft&a=%00`, 200],
      [`${project}/snapshots/compare?a=${world.victim.snapshotId}&b=draft`, 200],
      [`${project}/history?person=%00`, 200],
      [`${project}/history?person=not-a-person`, 200],
      [`${project}/history?person=${world.victim.ownerUserId}&person=%00`, 200],
      [`${project}/history?page=%00&from=%00&to=2026-02-30&section=%00`, 200],
    ];
    const problems: string[] = [];
    for (const [url, expected] of cases) {
      const response = await world.viewer.get(url);
      if (response.status !== expected) problems.push(`${url}: ${response.status}, expected ${expected}`);
    }
    expect(problems).toEqual([]);
  });

  it("a person filter of the wrong shape shows no events rather than all of them", async () => {
    const html = await (await world.viewer.get(`/o/${world.victim.slug}/projects/${world.victim.projectId}/history?person=%00`)).text();
    // "0 entries (0 events; …) · page 1 of 1": history groups autosaves into sittings and counts both.
    expect(html).toMatch(/>0(?:<!-- -->)? entr(?:<!-- -->)?ies(?:<!-- -->)? \((?:<!-- -->)?0(?:<!-- -->)? event(?:<!-- -->)?s/);
  });
});
