/**
 * Every workspace draft this browser keeps, whichever project it belongs to: what signing
 * out must deal with, since on a shared computer the next person would find them. Plain
 * TypeScript with the store and fetch passed in, so it is tested in node.
 */
import { DRAFT_KEY_PREFIX, parseStoredDraft, type EnumerableStore, type StoredDraft } from "./draft-storage";
import { assessmentUrl, putAssessment } from "./save-request";

export interface LocalDraft {
  key: string;
  projectId: string;
  /** Where it is saved; null for drafts written before the slug was kept with them. */
  orgSlug: string | null;
  draft: StoredDraft;
}

function keysWithPrefix(store: EnumerableStore): string[] {
  const keys: string[] = [];
  try {
    for (let index = 0; index < store.length; index += 1) {
      const key = store.key(index);
      if (key !== null && key.startsWith(DRAFT_KEY_PREFIX)) keys.push(key);
    }
  } catch {
    // Storage disabled: there is nothing kept.
  }
  return keys;
}

function slugOf(raw: string | null): string | null {
  try {
    const value: unknown = raw === null ? null : JSON.parse(raw);
    const slug = typeof value === "object" && value !== null ? (value as Record<string, unknown>).orgSlug : null;
    return typeof slug === "string" && slug !== "" ? slug : null;
  } catch {
    return null;
  }
}

/** The drafts with unsent edits (an entry that is not a draft is not counted, but is still forgotten). */
export function localDrafts(store: EnumerableStore): LocalDraft[] {
  return keysWithPrefix(store).flatMap((key) => {
    const raw = store.getItem(key);
    const draft = parseStoredDraft(raw);
    return draft === null ? [] : [{ key, projectId: key.slice(DRAFT_KEY_PREFIX.length), orgSlug: slugOf(raw), draft }];
  });
}

/**
 * Sends every draft to its project, as the workspace would, and removes the ones the server
 * took. Answers how many are left: offline, refused, or changed by someone else since (a
 * conflict needs the workspace to be resolved).
 */
export async function sendLocalDrafts(store: EnumerableStore, fetcher: typeof fetch): Promise<number> {
  let left = 0;
  for (const { key, projectId, orgSlug, draft } of localDrafts(store)) {
    const outcome = orgSlug === null ? null : await putAssessment(fetcher, assessmentUrl(orgSlug, projectId), draft);
    if (outcome?.kind === "saved") store.removeItem(key);
    else left += 1;
  }
  return left;
}

/** Removes every Preflight draft from this browser. */
export function forgetLocalDrafts(store: EnumerableStore): void {
  for (const key of keysWithPrefix(store)) {
    try {
      store.removeItem(key);
    } catch {
      // Storage disabled: nothing was kept.
    }
  }
}
