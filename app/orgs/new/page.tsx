import type { Metadata } from "next";
import { CreateOrganizationForm } from "@/components/members/create-organization-form";
import { AppHeader } from "@/components/layout/app-header";
import { Card } from "@/components/ui/card";
import { userPage } from "@/lib/auth/page-guards";
import { createOrganizationAction } from "./actions";

export const metadata: Metadata = { title: "New organization" };

export default async function NewOrganizationPage() {
  const user = await userPage("/orgs/new");
  return (
    <>
      <AppHeader user={user} />
      <main id="main" className="mx-auto max-w-lg px-4 py-12">
        <Card>
          <h1 className="text-xl font-semibold">New organization</h1>
          <p className="mt-1 text-sm text-fg-muted">One organization per client or company. You will be its owner.</p>
          <div className="mt-6">
            <CreateOrganizationForm action={createOrganizationAction} />
          </div>
        </Card>
      </main>
    </>
  );
}
