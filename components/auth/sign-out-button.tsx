"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: "/sign-in" })} className="w-full rounded px-3 py-2 text-left text-sm hover:bg-surface-muted">
      Sign out
    </button>
  );
}
