import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";

export function UserMenu({ name, email }: { name: string; email: string }) {
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md px-2 py-1 text-sm hover:bg-surface-muted">
        {name} <span className="sr-only">(account menu)</span>
        <span aria-hidden>▾</span>
      </summary>
      <div className="absolute right-0 z-30 mt-1 w-64 rounded-lg border border-border bg-surface p-1 shadow-lg">
        <p className="truncate px-3 py-2 text-xs text-fg-muted">{email}</p>
        <Link href="/account" className="block rounded px-3 py-2 text-sm hover:bg-surface-muted">
          Account and password
        </Link>
        <SignOutButton />
      </div>
    </details>
  );
}
