"use client";

import { signOutHere } from "./sign-out";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => void signOutHere()} className="w-full rounded px-3 py-2 text-left text-sm hover:bg-surface-muted">
      Sign out
    </button>
  );
}
