/**
 * Every page of the app as a concrete URL: the patterns of `app/**\/page.tsx` with real ids
 * in place of their dynamic segments, so tests can request each page the build serves.
 */
import type { Session } from "@/lib/cli/http/session";
import { pagesInSource } from "./entry-point-catalog";

export interface PageIds {
  slug: string;
  projectId: string;
  token: string;
  /** Two snapshots of the project, for the comparison page. */
  snapshots: [string, string];
}

/** Pages that read more than their path: the query that makes them show real data. */
const QUERIES: Record<string, (ids: PageIds) => string> = {
  "/o/[slug]/projects/[projectId]/snapshots/compare": (ids) => `?a=${ids.snapshots[1]}&b=${ids.snapshots[0]}`,
};

/** Pages anyone may open signed out; every other one needs a session. */
export const PUBLIC_PAGES = ["/", "/sign-in", "/sign-up", "/invite/[token]", "/rules"];

export interface ConcretePage {
  pattern: string;
  url: string;
  public: boolean;
}

export function concretePages(ids: PageIds): ConcretePage[] {
  const values: Record<string, string> = { slug: ids.slug, projectId: ids.projectId, token: ids.token, snapshotId: ids.snapshots[0] };
  return pagesInSource().map(({ pattern }) => {
    const path = pattern.replace(/\[(\w+)\]/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`no id for [${name}] in page ${pattern}: add one to PageIds`);
      return encodeURIComponent(value);
    });
    return { pattern, url: `${path}${QUERIES[pattern]?.(ids) ?? ""}`, public: PUBLIC_PAGES.includes(pattern) };
  });
}

/** Pattern-for-pattern, the victim organization's pages. */
export const victimPageIds = (victim: {
  slug: string;
  projectId: string;
  invitationToken: string;
  snapshotId: string;
  olderSnapshotId: string;
}): PageIds => ({
  slug: victim.slug,
  projectId: victim.projectId,
  token: victim.invitationToken,
  snapshots: [victim.snapshotId, victim.olderSnapshotId],
});

/**
 * A page as client-side navigation fetches it: the RSC payload (`RSC: 1`). Next first
 * answers with a redirect to the same URL plus a cache-busting `_rsc` parameter; that one is followed.
 */
export async function fetchRsc(session: Session, url: string): Promise<Response> {
  const first = await session.get(url, { rsc: "1" });
  const location = first.headers.get("location") ?? "";
  if (first.status !== 307 || !/[?&]_rsc/.test(location)) return first;
  await first.body?.cancel();
  return session.get(location, { rsc: "1" });
}
