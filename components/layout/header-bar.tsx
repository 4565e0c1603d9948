"use client";

import * as Sheet from "@radix-ui/react-dialog";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useUnsentDraftsGuard } from "@/components/auth/unsent-drafts-guard";
import { SearchButton } from "@/components/search/search-button";
import { useCommandPalette } from "@/components/search/use-command-palette";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { HeaderMenu } from "./header-menu";
import { CloseIcon, MenuIcon } from "./icons";
import { ThemeToggle } from "./theme-toggle";

export interface OrgLink {
  slug: string;
  name: string;
  role: Role;
}

/** The organization part of the header: the current one, the others to switch to, and its sections. */
export interface HeaderOrganization {
  current: OrgLink;
  organizations: OrgLink[];
  links: { href: string; label: string }[];
}

interface HeaderBarProps {
  user: { name: string; email: string };
  org?: HeaderOrganization;
}

type OpenMenu = "organization" | "account" | null;

// Tailwind's lg: below it the header collapses into the menu button and its sheet.
const WIDE = "(min-width: 64rem)";

/**
 * The bar on every signed-in page. Wide screens get the organization switcher, the sections,
 * the theme toggle and the account menu in a row; narrow ones (phones, small tablets) a Menu
 * button opening a sheet with all of them (a modal dialog: focus stays inside, Escape closes).
 * Signing out starts here, outside the menus, so the unsaved-changes dialog outlives them.
 */
export function HeaderBar({ user, org }: HeaderBarProps) {
  const pathname = usePathname();
  const [menu, setMenu] = useState<OpenMenu>(null);
  const [sheetOpen, setSheetOpen] = useState(false);
  const accountButton = useRef<HTMLButtonElement>(null);
  const sheetButton = useRef<HTMLButtonElement>(null);
  const palette = useCommandPalette(org ? { slug: org.current.slug, name: org.current.name } : null);

  const guard = useUnsentDraftsGuard({
    // The menu that started it is closed by now: focus goes back to whichever opener is shown.
    onCloseAutoFocus: (event) => {
      event.preventDefault();
      [accountButton.current, sheetButton.current].find((button) => button && button.offsetParent !== null)?.focus();
    },
  });
  const signOut = () => {
    setMenu(null);
    setSheetOpen(false);
    guard.begin();
  };
  const closeAll = () => {
    setMenu(null);
    setSheetOpen(false);
  };

  // Growing past the breakpoint with the sheet open would leave a hidden modal holding focus.
  useEffect(() => {
    const wide = window.matchMedia(WIDE);
    const close = () => wide.matches && setSheetOpen(false);
    wide.addEventListener("change", close);
    return () => wide.removeEventListener("change", close);
  }, []);

  const organizationMenu = useCallback((open: boolean) => setMenu(open ? "organization" : null), []);
  const accountMenu = useCallback((open: boolean) => setMenu(open ? "account" : null), []);
  const current = (href: string) =>
    org && href === `/o/${org.current.slug}` ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);

  return (
    <header className="no-print border-b border-border bg-surface">
      <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-2">
        <Link href="/" className="shrink-0 font-bold tracking-tight">
          Preflight
        </Link>

        {/* Wide screens */}
        <div className="hidden min-w-0 flex-1 items-center gap-4 lg:flex">
          {org ? (
            <>
              <HeaderMenu
                open={menu === "organization"}
                onOpenChange={organizationMenu}
                panelClassName="w-72"
                label={
                  <>
                    <span className="sr-only">Organization:</span>
                    <span className="font-semibold">{org.current.name}</span>
                    <span className="text-xs text-fg-muted">{ROLE_LABELS[org.current.role]}</span>
                    <span className="sr-only">(switch organization)</span>
                  </>
                }
              >
                <OrganizationList org={org} onNavigate={closeAll} />
              </HeaderMenu>
              <nav aria-label="Organization" className="flex gap-1 text-sm">
                {org.links.map((link) => (
                  <Link
                    key={link.href}
                    href={link.href}
                    aria-current={current(link.href) ? "page" : undefined}
                    className="rounded px-3 py-1.5 hover:bg-surface-muted aria-[current=page]:bg-surface-muted aria-[current=page]:font-semibold"
                  >
                    {link.label}
                  </Link>
                ))}
              </nav>
            </>
          ) : null}
        </div>
        <div className="hidden items-center gap-1 lg:flex">
          {org ? <SearchButton onOpen={palette.show} shortcut={palette.shortcut} /> : null}
          <ThemeToggle compact />
          <HeaderMenu
            open={menu === "account"}
            onOpenChange={accountMenu}
            buttonRef={accountButton}
            align="right"
            panelClassName="w-64"
            label={
              <>
                {user.name} <span className="sr-only">(account menu)</span>
              </>
            }
          >
            <AccountLinks email={user.email} onNavigate={closeAll} onSignOut={signOut} busy={guard.busy} />
          </HeaderMenu>
        </div>

        {/* Narrow screens */}
        <span className="min-w-0 flex-1 truncate text-sm font-semibold lg:hidden">{org?.current.name}</span>
        {org ? (
          <span className="lg:hidden">
            <SearchButton onOpen={palette.show} shortcut={palette.shortcut} compact />
          </span>
        ) : null}
        <Sheet.Root open={sheetOpen} onOpenChange={setSheetOpen}>
          <Sheet.Trigger asChild>
            <button
              ref={sheetButton}
              type="button"
              className="inline-flex h-10 shrink-0 items-center gap-2 rounded-md border border-border px-3 text-sm font-medium hover:bg-surface-muted lg:hidden"
            >
              <MenuIcon />
              Menu
            </button>
          </Sheet.Trigger>
          <Sheet.Portal>
            <Sheet.Overlay className="fixed inset-0 z-40 bg-black/50 lg:hidden" />
            <Sheet.Content
              aria-describedby={undefined}
              className="fixed inset-y-0 right-0 z-50 flex w-[min(88vw,22rem)] flex-col overflow-y-auto border-l border-border bg-surface shadow-xl lg:hidden"
            >
              <div className="flex items-center justify-between gap-2 border-b border-border px-4 py-2">
                <Sheet.Title className="font-semibold">Menu</Sheet.Title>
                <Sheet.Close
                  className="inline-flex size-10 items-center justify-center rounded-md hover:bg-surface-muted"
                  aria-label="Close menu"
                >
                  <CloseIcon />
                </Sheet.Close>
              </div>
              {org ? (
                <>
                  <nav aria-label="Organization" className="border-b border-border p-2">
                    <p className="px-3 pt-1 pb-2 text-sm">
                      <span className="font-semibold">{org.current.name}</span>{" "}
                      <span className="text-fg-muted">· {ROLE_LABELS[org.current.role]}</span>
                    </p>
                    <ul>
                      {org.links.map((link) => (
                        <li key={link.href}>
                          <Link
                            href={link.href}
                            onClick={closeAll}
                            aria-current={current(link.href) ? "page" : undefined}
                            className="flex min-h-11 items-center rounded-md px-3 hover:bg-surface-muted aria-[current=page]:bg-surface-muted aria-[current=page]:font-semibold"
                          >
                            {link.label}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </nav>
                  <div className="border-b border-border p-2">
                    <OrganizationList org={org} onNavigate={closeAll} roomy />
                  </div>
                </>
              ) : null}
              <div className="border-b border-border p-2">
                <ThemeToggle />
              </div>
              <div className="p-2">
                <p className="px-3 pt-1 text-sm font-medium">{user.name}</p>
                <AccountLinks email={user.email} onNavigate={closeAll} onSignOut={signOut} busy={guard.busy} roomy />
              </div>
            </Sheet.Content>
          </Sheet.Portal>
        </Sheet.Root>
      </div>
      {guard.dialog()}
      {palette.dialog}
    </header>
  );
}

const itemClass = (roomy: boolean) =>
  roomy
    ? "flex min-h-11 w-full items-center rounded-md px-3 text-sm hover:bg-surface-muted"
    : "block w-full rounded px-3 py-2 text-left text-sm hover:bg-surface-muted";

/** Consultants work for several clients: every organization of the user, the current one marked. */
function OrganizationList({ org, onNavigate, roomy = false }: { org: HeaderOrganization; onNavigate: () => void; roomy?: boolean }) {
  return (
    <>
      <p className="px-3 py-1 text-xs font-semibold tracking-wide text-fg-muted uppercase">Your organizations</p>
      <ul>
        {org.organizations.map((other) => (
          <li key={other.slug}>
            <Link
              href={`/o/${other.slug}`}
              // Not before it is chosen: a prefetch would render another organization's pages for nothing.
              prefetch={false}
              onClick={onNavigate}
              aria-current={other.slug === org.current.slug ? "true" : undefined}
              className={`${itemClass(roomy)} justify-between gap-3 aria-[current=true]:font-semibold`}
            >
              <span className="min-w-0 truncate">{other.name}</span>
              <span className="shrink-0 text-fg-muted">{ROLE_LABELS[other.role]}</span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="mt-1 border-t border-border pt-1">
        <Link href="/orgs/new" onClick={onNavigate} className={`${itemClass(roomy)} text-accent`}>
          + New organization
        </Link>
      </div>
    </>
  );
}

function AccountLinks({
  email,
  onNavigate,
  onSignOut,
  busy,
  roomy = false,
}: {
  email: string;
  onNavigate: () => void;
  onSignOut: () => void;
  busy: boolean;
  roomy?: boolean;
}) {
  return (
    <>
      <p className="truncate px-3 py-2 text-xs text-fg-muted">{email}</p>
      <Link href="/account" onClick={onNavigate} className={itemClass(roomy)}>
        Account and password
      </Link>
      <button type="button" onClick={onSignOut} disabled={busy} className={`${itemClass(roomy)} text-left`}>
        Sign out
      </button>
    </>
  );
}
