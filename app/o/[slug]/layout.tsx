import Link from "next/link";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { OrgSwitcher } from "@/components/layout/org-switcher";
import { orgPage } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/roles";
import { listMyOrganizations } from "@/lib/organizations/queries";

export default async function OrganizationLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await orgPage(slug, "organization:read");
  const memberships = await listMyOrganizations(ctx.user.id);
  const organizations = memberships.map((m) => ({ slug: m.organization.slug, name: m.organization.name, role: m.role }));
  const base = `/o/${ctx.organization.slug}`;
  return (
    <>
      <AppHeader
        user={ctx.user}
        left={
          <>
            <OrgSwitcher current={{ slug: ctx.organization.slug, name: ctx.organization.name, role: ctx.role }} organizations={organizations} />
            <nav aria-label="Organization" className="flex gap-1 text-sm">
              <Link className="rounded px-3 py-1.5 hover:bg-surface-muted" href={base}>
                Portfolio
              </Link>
              <Link className="rounded px-3 py-1.5 hover:bg-surface-muted" href={`${base}/projects`}>
                Projects
              </Link>
              <Link className="rounded px-3 py-1.5 hover:bg-surface-muted" href={`${base}/members`}>
                Members
              </Link>
              {can(ctx.role, "organization:update") ? (
                <Link className="rounded px-3 py-1.5 hover:bg-surface-muted" href={`${base}/settings`}>
                  Settings
                </Link>
              ) : null}
            </nav>
          </>
        }
      />
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
