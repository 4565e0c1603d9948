import { describe, expect, it } from "vitest";
import { resolveOrgAccess } from "@/lib/organizations/access";
import { acceptInvitation, createInvitation, describeInvitation, hashToken } from "@/lib/organizations/invitations";
import { changeMemberRole, removeMember } from "@/lib/organizations/members";
import type { OrgContext } from "@/lib/organizations/access";
import { testDb } from "./support/database";
import { addMember, makeOwner } from "./support/factories";

const asUser = (ctx: OrgContext) => ctx.user;
const membershipOf = (ctx: OrgContext) =>
  testDb().membership.findFirstOrThrow({ where: { organizationId: ctx.organization.id, userId: ctx.user.id } });
const invitationRow = (token: string) => testDb().invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });

describe("an invitation does not outlive its creator's authority", () => {
  it("an owner who is removed cannot come back through their own saved owner invitation", async () => {
    const founder = await makeOwner("Founder");
    const rogue = await addMember(founder, "owner", "Rogue");
    const { token } = await createInvitation(rogue, "owner");
    await removeMember(founder, (await membershipOf(rogue)).id);

    expect((await invitationRow(token)).revokedAt).not.toBeNull();
    expect((await describeInvitation(token)).status).toBe("revoked");
    await expect(acceptInvitation(asUser(rogue), token)).rejects.toMatchObject({
      code: "conflict",
      message: "This invitation was withdrawn. Ask for a new one.",
    });
    await expect(resolveOrgAccess(asUser(rogue), founder.organization.slug, "projects:read")).rejects.toMatchObject({ code: "not_found" });
    const revoked = await testDb().auditEvent.findMany({
      where: { organizationId: founder.organization.id, action: "invitation.revoked" },
    });
    expect(revoked.map((e) => [e.entityId, e.actorId])).toEqual([[(await invitationRow(token)).id, founder.user.id]]);
  });

  it("demoting an owner revokes the invitations they may no longer grant, and only theirs", async () => {
    const founder = await makeOwner("Founder");
    const demoted = await addMember(founder, "owner", "Demoted");
    const fromDemoted = await createInvitation(demoted, "viewer");
    const fromFounder = await createInvitation(founder, "owner");
    await changeMemberRole(founder, (await membershipOf(demoted)).id, "editor");

    // An editor may not invite at all, so even the viewer invitation goes.
    expect((await describeInvitation(fromDemoted.token)).status).toBe("revoked");
    expect((await describeInvitation(fromFounder.token)).status).toBe("valid");
    const joiner = await makeOwner("Joiner");
    await acceptInvitation(asUser(joiner), fromFounder.token);
    await expect(resolveOrgAccess(asUser(joiner), founder.organization.slug, "members:manage")).resolves.toMatchObject({ role: "owner" });
  });

  it("accepting re-checks the creator's role even when nothing revoked the invitation", async () => {
    const founder = await makeOwner("Founder");
    const other = await addMember(founder, "owner", "Other");
    const { token } = await createInvitation(other, "owner");
    // A change made outside the domain functions (e.g. by hand in the database) is still caught.
    await testDb().membership.update({ where: { id: (await membershipOf(other)).id }, data: { role: "viewer" } });
    const joiner = await makeOwner("Joiner");
    await expect(acceptInvitation(asUser(joiner), token)).rejects.toMatchObject({ code: "conflict" });
    expect(await testDb().membership.count({ where: { organizationId: founder.organization.id } })).toBe(2);
  });

  it("an editor cannot create an invitation, whatever the role", async () => {
    const founder = await makeOwner("Founder");
    const editor = await addMember(founder, "editor");
    await expect(createInvitation(editor, "viewer")).rejects.toMatchObject({ code: "forbidden" });
    expect(await testDb().invitation.count({ where: { organizationId: founder.organization.id } })).toBe(0);
  });
});
