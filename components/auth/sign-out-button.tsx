"use client";

import { UnsentDraftsGuard } from "./unsent-drafts-guard";

export function SignOutButton() {
  return (
    <UnsentDraftsGuard
      trigger={({ onClick, disabled }) => (
        <button type="button" onClick={onClick} disabled={disabled} className="w-full rounded px-3 py-2 text-left text-sm hover:bg-surface-muted">
          Sign out
        </button>
      )}
    />
  );
}
