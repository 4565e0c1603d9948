import { describe, expect, it } from "vitest";
import { signUp } from "@/lib/accounts/sign-up";
import { signUpSchema } from "@/lib/accounts/schema";
import { createInvitation, revokeInvitation } from "@/lib/organizations/invitations";
import { testDb } from "./support/database";
import { makeOwner, uniqueEmail } from "./support/factories";

let address = 0;
// Each sign-up from its own address: the per-address sign-up limit is not what is tested here.
const nextAddress = () => `203.0.113.${(address += 1)}`;

function input(fields: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return signUpSchema.parse(Object.fromEntries(form));
}

describe("signing up from an invitation", () => {
  it("joins only the inviting organization, with the invited role, and creates no organization of its own", async () => {
    const owner = await makeOwner("Inviter");
    const { token } = await createInvitation(owner, "editor");
    const email = uniqueEmail("invited");
    const organizationsBefore = await testDb().organization.count();
    // Even with an organization name sent (an old form, a crafted request), none is created.
    await signUp(
      input({ name: "Ivy Invited", email, password: "a long enough password", organizationName: "Stray Org", invitation: token }),
      nextAddress(),
      testDb(),
    );
    const user = await testDb().user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user.memberships.map((m) => [m.organizationId, m.role])).toEqual([[owner.organization.id, "editor"]]);
    expect(await testDb().organization.count()).toBe(organizationsBefore);
    expect(await testDb().organization.count({ where: { name: "Stray Org" } })).toBe(0);
    const invitation = await testDb().invitation.findFirstOrThrow({
      where: { organizationId: owner.organization.id, acceptedById: user.id },
    });
    expect(invitation.acceptedAt).toBeInstanceOf(Date);
    expect(
      await testDb().auditEvent.count({ where: { organizationId: owner.organization.id, action: "member.joined", actorId: user.id } }),
    ).toBe(1);
  });

  it("a taken email changes nothing and leaves the invitation unused, answering as for a new one", async () => {
    const owner = await makeOwner("Inviter");
    const { token } = await createInvitation(owner, "viewer");
    const taken = (await makeOwner("Already here")).user.email;
    await expect(
      signUp(input({ name: "Someone", email: taken, password: "a long enough password", invitation: token }), nextAddress(), testDb()),
    ).resolves.toBeUndefined();
    expect(await testDb().invitation.count({ where: { organizationId: owner.organization.id, acceptedAt: { not: null } } })).toBe(0);
    expect(await testDb().membership.count({ where: { organizationId: owner.organization.id } })).toBe(1);
  });

  it("an invitation that can no longer be used is refused and nothing is created", async () => {
    const owner = await makeOwner("Inviter");
    const { token } = await createInvitation(owner, "editor");
    const invitation = await testDb().invitation.findFirstOrThrow({ where: { organizationId: owner.organization.id } });
    await revokeInvitation(owner, invitation.id);
    const email = uniqueEmail("late");
    await expect(
      signUp(input({ name: "Late", email, password: "a long enough password", invitation: token }), nextAddress(), testDb()),
    ).rejects.toMatchObject({
      code: "conflict",
      message: "This invitation was withdrawn. Ask for a new one.",
    });
    expect(await testDb().user.count({ where: { email } })).toBe(0);
  });

  it("without an invitation, sign-up still creates the account's own organization", async () => {
    const email = uniqueEmail("founder");
    await signUp(input({ name: "Fay Founder", email, password: "a long enough password", organizationName: "" }), nextAddress(), testDb());
    const user = await testDb().user.findUniqueOrThrow({ where: { email }, include: { memberships: { include: { organization: true } } } });
    expect(user.memberships.map((m) => [m.organization.name, m.role])).toEqual([["Fay Founder's organization", "owner"]]);
  });
});
