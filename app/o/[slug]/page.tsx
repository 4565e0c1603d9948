import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/page-guards";
import { can, ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/roles";
import { listMembers } from "@/lib/organizations/queries";
import { FrameworkOverview } from "@/components/readiness/framework-overview";

export const metadata: Metadata = { title: "Overview" };

export default async function OrganizationHome({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await orgPage(slug, "organization:read");
  const members = await listMembers(ctx);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{ctx.organization.name}</h1>
        <p className="mt-1 text-sm text-fg-muted">
          You are {ROLE_LABELS[ctx.role].toLowerCase()} here: {ROLE_DESCRIPTIONS[ctx.role]}
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">Team</h2>
          <p className="mt-2 text-3xl font-bold">{members.length}</p>
          <p className="text-sm text-fg-muted">member{members.length === 1 ? "" : "s"}</p>
          <Link href={`/o/${ctx.organization.slug}/members`} className="mt-4 inline-block text-sm font-medium text-accent underline">
            {can(ctx.role, "members:manage") ? "Manage members and invitations" : "See who is here"}
          </Link>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">How Preflight judges readiness</h2>
          <p className="mt-2 text-sm text-fg-muted">
            Each integration project answers nine questions and scores seven areas from 1 to 5. The rule engine turns the answers into
            blockers, warnings and a verdict: ready, incomplete or blocked. Any area below 3 blocks the launch.
          </p>
        </Card>
      </div>
      <FrameworkOverview />
    </div>
  );
}
