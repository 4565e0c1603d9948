import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AcceptInvitationForm } from "@/components/members/accept-invitation-form";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/roles";
import { describeInvitation } from "@/lib/organizations/invitations";
import { invitationTokenSchema } from "@/lib/organizations/schema";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const valid = invitationTokenSchema.safeParse(token).success;
  const invitation = valid ? await describeInvitation(token) : ({ status: "invalid" } as const);
  // Unknown, used, withdrawn and expired links all answer 404 (not-found.tsx beside this page
  // explains and offers a way on): a link that cannot be used is not a page.
  const user = await getCurrentUser();
  // The person who used it (just now, signing up from it) goes on to the organization.
  if (user && invitation.status === "used" && invitation.acceptedById === user.id) redirect(`/o/${invitation.organization.slug}`);
  if (invitation.status !== "valid") notFound();
  const here = `/invite/${token}`;
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16">
      <Card>
        <h1 className="text-xl font-semibold">Join {invitation.organization.name}</h1>
        <p className="mt-2 text-sm text-fg-muted">
          You are invited as <strong>{ROLE_LABELS[invitation.role]}</strong>: {ROLE_DESCRIPTIONS[invitation.role]}
        </p>
        <div className="mt-6">
          {user ? (
            <AcceptInvitationForm token={token} userName={user.name} action={acceptInvitationAction} />
          ) : (
            <div className="flex gap-3">
              <Link
                className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-fg"
                href={`/sign-up?invitation=${encodeURIComponent(token)}`}
              >
                Create an account
              </Link>
              <Link
                className="rounded-md border border-border px-4 py-2 text-sm font-medium"
                href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}
              >
                Sign in
              </Link>
            </div>
          )}
        </div>
      </Card>
    </main>
  );
}
