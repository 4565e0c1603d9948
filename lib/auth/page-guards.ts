import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Action } from "./roles";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { AppError } from "@/lib/errors";
import { requireOrgAccess, type OrgContext } from "@/lib/organizations/access";
import { requireUser, type CurrentUser } from "./current-user";

/** The guard is every page's first query, so an outage is caught here and named for error.tsx. */
function pageError(error: unknown): unknown {
  return isDatabaseUnavailable(error) ? new DatabaseUnavailableError({ cause: error }) : error;
}

/** For pages: a missing session goes to sign-in; no membership, or no permission, reads as not found. */
export async function orgPage(slug: string, action: Action): Promise<OrgContext> {
  try {
    return await requireOrgAccess(slug, action);
  } catch (error) {
    if (error instanceof AppError && error.code === "unauthenticated") redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/o/${slug}`)}`);
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw pageError(error);
  }
}

export async function userPage(returnTo: string): Promise<CurrentUser> {
  try {
    return await requireUser();
  } catch (error) {
    if (error instanceof AppError && error.code === "unauthenticated") redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
    throw pageError(error);
  }
}
