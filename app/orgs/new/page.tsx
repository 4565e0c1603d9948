import type { Metadata } from "next";
import { CreateOrganizationForm } from "@/components/members/create-organization-form";
import { ImportOrganizationForm } from "@/components/org-archive/import-organization-form";
import { AppHeader } from "@/components/layout/app-header";
import { Card } from "@/components/ui/card";
import { userPage } from "@/lib/auth/page-guards";
import { createOrganizationAction } from "./actions";
import { importOrganizationAction } from "./import-actions";

export const metadata: Metadata = { title: "New organization" };

export default async function NewOrganizationPage() {
  const user = await userPage("/orgs/new");
  return (
    <>
      <AppHeader user={user} />
      <main id="main" className="mx-auto max-w-lg space-y-6 px-4 py-12">
        <Card>
          <h1 className="text-xl font-semibold">New organization</h1>
          <p className="mt-1 text-sm text-fg-muted">One organization per client or company. You will be its owner.</p>
          <div className="mt-6">
            <CreateOrganizationForm action={createOrganizationAction} />
          </div>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">Import from an archive</h2>
          <p className="mt-1 text-sm text-fg-muted">
            An organization exported from a Preflight (its settings page) becomes a new organization here, owned by you. Members with an
            account here join with their role; the others get invitation links.
          </p>
          <div className="mt-6">
            <ImportOrganizationForm action={importOrganizationAction} />
          </div>
        </Card>
      </main>
    </>
  );
}
