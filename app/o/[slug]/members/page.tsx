import type { Metadata } from "next";
import { InviteForm } from "@/components/members/invite-form";
import { LeaveOrganization } from "@/components/members/leave-organization";
import { MemberRow } from "@/components/members/member-row";
import { PendingInvitations } from "@/components/members/pending-invitations";
import { Card } from "@/components/ui/card";
import { Table, Th } from "@/components/ui/table";
import { orgPage } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/roles";
import { INVITATION_LIFETIME_DAYS } from "@/lib/organizations/invitation-policy";
import { listMembers, listPendingInvitations } from "@/lib/organizations/queries";
import { changeRoleAction, createInvitationAction, leaveOrganizationAction, removeMemberAction, revokeInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await orgPage(slug, "members:read");
  const manage = can(ctx.role, "members:manage");
  const [members, invitations] = await Promise.all([listMembers(ctx), manage ? listPendingInvitations(ctx) : Promise.resolve([])]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Members of {ctx.organization.name}</h1>
        <p className="mt-1 text-sm text-fg-muted">
          Owners manage members and roles. Editors fill assessments. Viewers read dashboards and export reports.
        </p>
      </div>
      <Table label="Members and their roles">
        <caption className="sr-only">Members and their roles</caption>
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>Email</Th>
            <Th>Role</Th>
            {manage ? <Th className="text-right">Actions</Th> : null}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <MemberRow
              key={member.id}
              orgSlug={ctx.organization.slug}
              member={member}
              manage={manage}
              isSelf={member.user.id === ctx.user.id}
              changeRoleAction={changeRoleAction}
              removeAction={removeMemberAction}
            />
          ))}
        </tbody>
      </Table>
      {manage ? (
        <Card className="space-y-6">
          <div>
            <h2 className="text-lg font-semibold">Invite someone</h2>
            <p className="mt-1 text-sm text-fg-muted">
              Create a single-use link that expires in {INVITATION_LIFETIME_DAYS} days and send it to the person you invite.
            </p>
          </div>
          <InviteForm orgSlug={ctx.organization.slug} action={createInvitationAction} />
          <PendingInvitations orgSlug={ctx.organization.slug} invitations={invitations} revokeAction={revokeInvitationAction} />
        </Card>
      ) : null}
      <LeaveOrganization orgSlug={ctx.organization.slug} organizationName={ctx.organization.name} action={leaveOrganizationAction} />
    </div>
  );
}
