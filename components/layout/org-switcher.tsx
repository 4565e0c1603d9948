import Link from "next/link";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";

interface OrgLink {
  slug: string;
  name: string;
  role: Role;
}

/** Consultants work for several clients: the current organization, and a menu of the others. */
export function OrgSwitcher({ current, organizations }: { current: OrgLink; organizations: OrgLink[] }) {
  return (
    <details className="relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1 hover:bg-surface-muted">
        <span className="sr-only">Organization:</span>
        <span className="font-semibold">{current.name}</span>
        <span className="text-xs text-fg-muted">{ROLE_LABELS[current.role]}</span>
        <span className="sr-only">(switch organization)</span>
        <span aria-hidden>▾</span>
      </summary>
      <div className="absolute left-0 z-30 mt-1 w-72 rounded-lg border border-border bg-surface p-1 shadow-lg">
        <p className="px-3 py-1 text-xs font-semibold uppercase tracking-wide text-fg-muted">Your organizations</p>
        <ul>
          {organizations.map((org) => (
            <li key={org.slug}>
              <Link href={`/o/${org.slug}`} aria-current={org.slug === current.slug ? "page" : undefined} className="flex justify-between rounded px-3 py-2 text-sm hover:bg-surface-muted aria-[current=page]:font-semibold">
                <span>{org.name}</span>
                <span className="text-fg-muted">{ROLE_LABELS[org.role]}</span>
              </Link>
            </li>
          ))}
        </ul>
        <Link href="/orgs/new" className="mt-1 block border-t border-border px-3 py-2 text-sm text-accent hover:bg-surface-muted">
          + New organization
        </Link>
      </div>
    </details>
  );
}
