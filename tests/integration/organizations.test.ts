import { describe, expect, it } from "vitest";
import { resolveOrgAccess } from "@/lib/organizations/access";
import { acceptInvitation, createInvitation, describeInvitation, hashToken, revokeInvitation } from "@/lib/organizations/invitations";
import { changeMemberRole, leaveOrganization, removeMember } from "@/lib/organizations/members";
import { testDb } from "./support/database";
import { addMember, makeOwner } from "./support/factories";

const asUser = (ctx: { user: { id: string; email: string; name: string } }) => ctx.user;

describe("organization access", () => {
  it("reads a non-member exactly like a missing organization", async () => {
    const a = await makeOwner("Alpha");
    const b = await makeOwner("Beta");
    await expect(resolveOrgAccess(asUser(b), a.organization.slug, "organization:read")).rejects.toMatchObject({ code: "not_found" });
    await expect(resolveOrgAccess(asUser(b), "no-such-org", "organization:read")).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses a viewer any write permission, and allows reads", async () => {
    const owner = await makeOwner();
    const viewer = await addMember(owner, "viewer");
    await expect(resolveOrgAccess(asUser(viewer), owner.organization.slug, "projects:read")).resolves.toMatchObject({ role: "viewer" });
    for (const action of ["members:manage", "projects:write", "assessments:write", "organization:update"] as const) {
      await expect(resolveOrgAccess(asUser(viewer), owner.organization.slug, action)).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("ends a removed member's access at once", async () => {
    const owner = await makeOwner();
    const editor = await addMember(owner, "editor");
    const membership = await testDb().membership.findFirstOrThrow({ where: { userId: editor.user.id } });
    await removeMember(owner, membership.id);
    await expect(resolveOrgAccess(asUser(editor), owner.organization.slug, "organization:read")).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("members across organizations", () => {
  it("an owner of another organization cannot change or remove a member using real ids, and nothing changes", async () => {
    const victim = await makeOwner("Victim");
    const victimEditor = await addMember(victim, "editor");
    const attacker = await makeOwner("Attacker");
    const target = await testDb().membership.findFirstOrThrow({ where: { userId: victimEditor.user.id } });
    await expect(changeMemberRole(attacker, target.id, "viewer")).rejects.toMatchObject({ code: "not_found" });
    await expect(removeMember(attacker, target.id)).rejects.toMatchObject({ code: "not_found" });
    const invitation = await createInvitation(victim, "editor");
    const row = await testDb().invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(invitation.token) } });
    await expect(revokeInvitation(attacker, row.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await testDb().membership.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "editor" });
    expect(await testDb().invitation.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ revokedAt: null });
    expect(await testDb().auditEvent.count({ where: { organizationId: victim.organization.id, actorId: attacker.user.id } })).toBe(0);
  });
});

describe("last owner", () => {
  it("cannot be demoted, removed, or leave; can once another owner exists", async () => {
    const owner = await makeOwner();
    const own = await testDb().membership.findFirstOrThrow({ where: { userId: owner.user.id } });
    await expect(changeMemberRole(owner, own.id, "editor")).rejects.toMatchObject({ code: "conflict" });
    await expect(removeMember(owner, own.id)).rejects.toMatchObject({ code: "conflict" });
    await expect(leaveOrganization(owner)).rejects.toMatchObject({
      message: "You are the last owner: make someone else an owner before you leave.",
    });
    const second = await addMember(owner, "editor");
    const secondMembership = await testDb().membership.findFirstOrThrow({ where: { userId: second.user.id } });
    await changeMemberRole(owner, secondMembership.id, "owner");
    await changeMemberRole(owner, own.id, "editor");
    expect(await testDb().membership.count({ where: { organizationId: owner.organization.id, role: "owner" } })).toBe(1);
  });

  it("two owners demoting each other at once leave one owner", async () => {
    const a = await makeOwner();
    const b = await addMember(a, "owner");
    const aMembership = await testDb().membership.findFirstOrThrow({ where: { userId: a.user.id } });
    const bMembership = await testDb().membership.findFirstOrThrow({ where: { userId: b.user.id } });
    const results = await Promise.allSettled([
      changeMemberRole(a, bMembership.id, "viewer"),
      changeMemberRole({ ...b, role: "owner" }, aMembership.id, "viewer"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await testDb().membership.count({ where: { organizationId: a.organization.id, role: "owner" } })).toBe(1);
  });
});

describe("invitations", () => {
  it("joins with the chosen role once, records it, and refuses reuse", async () => {
    const owner = await makeOwner();
    const joiner = await makeOwner("Joiner");
    const { token, expiresAt } = await createInvitation(owner, "viewer");
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    expect(await testDb().invitation.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored
    await acceptInvitation(asUser(joiner), token);
    await expect(resolveOrgAccess(asUser(joiner), owner.organization.slug, "projects:read")).resolves.toMatchObject({ role: "viewer" });
    const third = await makeOwner("Third");
    await expect(acceptInvitation(asUser(third), token)).rejects.toMatchObject({
      code: "conflict",
      message: "This invitation has already been used. Ask for a new one.",
    });
    await expect(resolveOrgAccess(asUser(third), owner.organization.slug, "projects:read")).rejects.toMatchObject({ code: "not_found" });
    const actions = (await testDb().auditEvent.findMany({ where: { organizationId: owner.organization.id } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["invitation.created", "member.joined"]));
  });

  it("refuses expired and withdrawn invitations, and changes nothing", async () => {
    const owner = await makeOwner();
    const joiner = await makeOwner("Late");
    const expired = await createInvitation(owner, "editor", new Date(Date.now() - 8 * 24 * 3600 * 1000));
    expect((await describeInvitation(expired.token)).status).toBe("expired");
    await expect(acceptInvitation(asUser(joiner), expired.token)).rejects.toMatchObject({
      message: "This invitation has expired. Ask for a new one.",
    });
    const withdrawn = await createInvitation(owner, "editor");
    const row = await testDb().invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(withdrawn.token) } });
    await revokeInvitation(owner, row.id);
    await expect(acceptInvitation(asUser(joiner), withdrawn.token)).rejects.toMatchObject({
      message: "This invitation was withdrawn. Ask for a new one.",
    });
    expect(await testDb().membership.count({ where: { organizationId: owner.organization.id } })).toBe(1);
  });

  it("lets exactly one of two simultaneous acceptances through", async () => {
    const owner = await makeOwner();
    const [x, y] = [await makeOwner("X"), await makeOwner("Y")];
    const { token } = await createInvitation(owner, "editor");
    const results = await Promise.allSettled([acceptInvitation(asUser(x), token), acceptInvitation(asUser(y), token)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await testDb().membership.count({ where: { organizationId: owner.organization.id } })).toBe(2);
  });
});
