import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath, signInHref } from "@/lib/auth/callback-url";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { describeInvitation } from "@/lib/organizations/invitations";
import { invitationTokenSchema } from "@/lib/organizations/schema";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create an account" };

const INVITE_PATH = /^\/invite\/([A-Za-z0-9_-]{20,100})$/;

/** The invitation this sign-up comes from, if still usable: named by `invitation`, or by a callback to its page. */
async function invitationFor(params: Record<string, string | string[] | undefined>, callbackPath: string) {
  const raw = typeof params.invitation === "string" ? params.invitation : INVITE_PATH.exec(callbackPath)?.[1];
  const token = invitationTokenSchema.safeParse(raw);
  if (!token.success) return null;
  const invitation = await describeInvitation(token.data);
  return invitation.status === "valid"
    ? { token: token.data, organizationName: invitation.organization.name, roleLabel: ROLE_LABELS[invitation.role] }
    : null;
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const invitation = await invitationFor(params, safeCallbackPath(params.callbackUrl, ""));
  // After signing up from an invitation, its page sends the new member on to the organization.
  const callbackPath = invitation ? `/invite/${invitation.token}` : safeCallbackPath(params.callbackUrl, "");
  if (await getCurrentUser()) redirect(callbackPath || "/");
  return (
    <>
      <h1 className="text-xl font-semibold">{invitation ? `Join ${invitation.organizationName}` : "Create your account"}</h1>
      <p className="mt-1 text-sm text-fg-muted" data-testid="sign-up-outcome">
        {invitation ? (
          <>
            You will join <strong>{invitation.organizationName}</strong> as <strong>{invitation.roleLabel}</strong>.
          </>
        ) : (
          "You will own a new organization; invite your team from there."
        )}
      </p>
      <div className="mt-6">
        <SignUpForm callbackPath={callbackPath} action={signUpAction} invitation={invitation?.token} />
      </div>
      <p className="mt-6 text-sm text-fg-muted">
        Already have an account?{" "}
        <Link className="font-medium text-accent underline" href={signInHref(callbackPath)}>
          Sign in
        </Link>
      </p>
    </>
  );
}
