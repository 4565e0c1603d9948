import { headers } from "next/headers";
import { after } from "next/server";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { DateFormatProvider } from "@/components/layout/date-format";
import { orgPage } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/roles";
import { listMyOrganizations, noteOrganizationUse } from "@/lib/organizations/queries";

export default async function OrganizationLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await orgPage(slug, "organization:read");
  const memberships = await listMyOrganizations(ctx.user.id);
  // Remembered after the response is sent, and not for a link's prefetch: only a page actually opened counts.
  if (!(await headers()).has("next-router-prefetch")) after(() => noteOrganizationUse(ctx).catch(() => undefined));
  const organizations = memberships.map((m) => ({ slug: m.organization.slug, name: m.organization.name, role: m.role }));
  const base = `/o/${ctx.organization.slug}`;
  const links = [
    { href: base, label: "Portfolio" },
    { href: `${base}/projects`, label: "Projects" },
    { href: `${base}/my-items`, label: "My items" },
    { href: `${base}/members`, label: "Members" },
    ...(can(ctx.role, "organization:update") ? [{ href: `${base}/settings`, label: "Settings" }] : []),
  ];
  return (
    <DateFormatProvider format={ctx.organization.dateFormat}>
      <AppHeader
        user={ctx.user}
        org={{ current: { slug: ctx.organization.slug, name: ctx.organization.name, role: ctx.role }, organizations, links }}
      />
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
    </DateFormatProvider>
  );
}
