"use client";

import { signOut } from "next-auth/react";
import { browserStore } from "@/components/workspace/draft-storage";
import { forgetLocalDrafts, localDrafts, sendLocalDrafts } from "@/components/workspace/local-drafts";
import { detachOpenWorkspaces, flushOpenWorkspaces } from "@/components/workspace/open-workspaces";

/** Sends what the open workspaces hold, then answers how many projects still have edits only this browser has. */
export async function unsentDraftCount(): Promise<number> {
  await flushOpenWorkspaces();
  const store = browserStore();
  return store === null ? 0 : localDrafts(store).length;
}

/** Tries to send every draft this browser keeps; answers how many could not be. */
export async function sendUnsentDrafts(): Promise<number> {
  const store = browserStore();
  return store === null ? 0 : sendLocalDrafts(store, (input, init) => fetch(input, init));
}

/**
 * Signs this browser out, leaving nothing of the account behind: its drafts are removed (a
 * shared computer's next user would find them) and next-auth ends the session's token on the
 * server too (see the signOut event in lib/auth/options.ts).
 */
export async function signOutHere(): Promise<void> {
  detachOpenWorkspaces();
  const store = browserStore();
  if (store !== null) forgetLocalDrafts(store);
  // next-auth would send the browser to the address it resolves for the site, which without
  // NEXTAUTH_URL is its default http://localhost:3000: this origin's sign-in page instead. A
  // full page load, not a client navigation, so nothing of the account stays in memory.
  await signOut({ redirect: false }).catch(() => undefined);
  window.location.assign(new URL("/sign-in", window.location.origin));
}
