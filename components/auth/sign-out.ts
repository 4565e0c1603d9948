"use client";

import { signOut } from "next-auth/react";

/** Signs this browser out: next-auth ends the session's token on the server too (see the signOut event in lib/auth/options.ts). */
export async function signOutHere(): Promise<void> {
  await signOut({ callbackUrl: "/sign-in" });
}
