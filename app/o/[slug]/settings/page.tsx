import type { Metadata } from "next";
import { BrandingForm } from "@/components/settings/branding-form";
import { LogoForm } from "@/components/settings/logo-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/roles";
import { orgPage } from "@/lib/auth/page-guards";
import { getBranding } from "@/lib/organizations/branding";
import { removeLogoAction, updateBrandingAction, uploadLogoAction } from "./actions";

export const metadata: Metadata = { title: "Organization settings" };

export default async function OrganizationSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await orgPage(slug, "organization:update");
  const branding = await getBranding(ctx);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Organization settings</h1>
        <p className="mt-1 text-sm text-fg-muted">
          The name, accent colour, paper size and logo appear on the PDF reports you hand to clients; the date format on every page and
          report.
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">Name, colour, paper and dates</h2>
          <div className="mt-4">
            <BrandingForm
              orgSlug={ctx.organization.slug}
              initial={{
                name: branding.name,
                accentColor: branding.accentColor,
                paperSize: branding.paperSize,
                dateFormat: branding.dateFormat,
              }}
              today={new Date().toISOString().slice(0, 10)}
              logoUrl={branding.logo ? `/api/o/${ctx.organization.slug}/logo` : null}
              action={updateBrandingAction}
            />
          </div>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">Logo</h2>
          <div className="mt-4">
            <LogoForm
              orgSlug={ctx.organization.slug}
              hasLogo={branding.logo !== null}
              uploadAction={uploadLogoAction}
              removeAction={removeLogoAction}
            />
          </div>
        </Card>
      </div>
      {can(ctx.role, "organization:export") ? (
        <Card>
          <h2 className="text-lg font-semibold">Export organization</h2>
          <p className="mt-1 text-sm text-fg-muted">
            One archive file with every project, assessment, snapshot, plan, the audit history, the branding and the members by email and
            role (never passwords or invitation links). Import it on any Preflight from “New organization”.
          </p>
          <Button asChild variant="secondary" className="mt-4">
            <a href={`/api/o/${ctx.organization.slug}/export`} download data-testid="export-organization">
              Export organization
            </a>
          </Button>
        </Card>
      ) : null}
    </div>
  );
}
