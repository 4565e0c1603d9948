import Link from "next/link";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { INVITATION_LIFETIME_DAYS } from "@/lib/organizations/invitation-policy";

/** An invitation link that cannot be used (unknown, used, withdrawn or expired): 404, and a way on. */
export default async function InvitationNotFound() {
  const user = await getCurrentUser();
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-16">
      <Card>
        <h1 className="text-xl font-semibold">This invitation link cannot be used</h1>
        <p className="mt-2 text-sm text-fg-muted">
          It may have been used already, withdrawn, or it has expired (links last {INVITATION_LIFETIME_DAYS} days), or it was copied
          incompletely. Ask an owner of the organization for a new invitation link.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          {user ? (
            <Link className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-fg" href="/">
              Go to your organizations
            </Link>
          ) : (
            <>
              <Link className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-fg" href="/sign-in">
                Sign in
              </Link>
              <Link className="rounded-md border border-border px-4 py-2 text-sm font-medium" href="/">
                Go to the home page
              </Link>
            </>
          )}
        </div>
      </Card>
    </main>
  );
}
