import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { SignOutEverywhereForm } from "@/components/auth/sign-out-everywhere-form";
import { AppHeader } from "@/components/layout/app-header";
import { Card } from "@/components/ui/card";
import { userPage } from "@/lib/auth/page-guards";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { listMyOrganizations } from "@/lib/organizations/queries";
import { changePasswordAction, signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await userPage("/account");
  const memberships = await listMyOrganizations(user.id);
  return (
    <>
      <AppHeader user={user} />
      <main id="main" className="mx-auto max-w-3xl space-y-8 px-4 py-8">
        <div>
          <h1 className="text-2xl font-semibold">Your account</h1>
          <p className="mt-1 text-sm text-fg-muted">
            {user.name} · {user.email}
          </p>
        </div>
        <Card>
          <h2 className="text-lg font-semibold">Organizations</h2>
          <ul className="mt-3 divide-y divide-border">
            {memberships.map((m) => (
              <li key={m.organization.id} className="flex justify-between py-2 text-sm">
                <Link className="font-medium text-accent underline" href={`/o/${m.organization.slug}`}>
                  {m.organization.name}
                </Link>
                <span className="text-fg-muted">{ROLE_LABELS[m.role]}</span>
              </li>
            ))}
          </ul>
          <Link href="/orgs/new" className="mt-4 inline-block text-sm font-medium text-accent underline">
            Create another organization
          </Link>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">Change password</h2>
          <p className="mt-1 text-sm text-fg-muted">You stay signed in here; every other device is signed out.</p>
          <div className="mt-4">
            <ChangePasswordForm action={changePasswordAction} />
          </div>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">Sign out everywhere</h2>
          <p className="mt-1 text-sm text-fg-muted">
            Ends every session of this account on every device, this one included: use it when you signed in on a computer you no longer
            have, or think someone else has your session. Signing out from the menu ends only this device&apos;s session.
          </p>
          <div className="mt-4">
            <SignOutEverywhereForm action={signOutEverywhereAction} />
          </div>
        </Card>
      </main>
    </>
  );
}
