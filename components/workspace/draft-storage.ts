/**
 * Unsaved edits kept in localStorage until the server acknowledges them, so a reload, a
 * crash or a closed tab loses nothing. Storage failures (private mode, quota) are ignored:
 * the draft is a safety net, never a requirement.
 */
import { isPlainObject, type WorkspaceDoc } from "./draft";

/**
 * `plan` is absent in drafts kept before the workspace held the plan: sent without one, the
 * server keeps the stored plan; restored, the workspace takes the plan it loaded.
 */
export interface StoredDraft extends Omit<WorkspaceDoc, "plan"> {
  baseRevision: number;
  plan?: WorkspaceDoc["plan"];
}

/** The part of the Web Storage API used here, so tests can pass a Map-backed fake. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A store whose keys can be listed, to find every draft (see local-drafts.ts). */
export interface EnumerableStore extends KeyValueStore {
  readonly length: number;
  key(index: number): string | null;
}

export interface DraftStorage {
  load(): StoredDraft | null;
  save(draft: StoredDraft): void;
  clear(): void;
}

export const DRAFT_KEY_PREFIX = "preflight:draft:";

export function draftKey(projectId: string): string {
  return `${DRAFT_KEY_PREFIX}${projectId}`;
}

/** Accepts only the shape this module writes; anything else is treated as no draft. */
export function parseStoredDraft(raw: string | null): StoredDraft | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isPlainObject(value)) return null;
  const { baseRevision, answers, scores, plan } = value;
  if (typeof baseRevision !== "number" || !Number.isInteger(baseRevision) || baseRevision < 0) return null;
  if (!isPlainObject(answers) || !isPlainObject(scores)) return null;
  if (plan !== undefined && !isPlainObject(plan)) return null;
  const draft: StoredDraft = { baseRevision, answers: answers as WorkspaceDoc["answers"], scores: scores as WorkspaceDoc["scores"] };
  return plan === undefined ? draft : { ...draft, plan: plan as WorkspaceDoc["plan"] };
}

/**
 * The draft of one project. With the organization's slug, the draft says where it is saved,
 * so that signing out can send it from any page (see local-drafts.ts).
 */
export function createDraftStorage(store: KeyValueStore, projectId: string, orgSlug?: string): DraftStorage {
  const key = draftKey(projectId);
  return {
    load: () => {
      try {
        return parseStoredDraft(store.getItem(key));
      } catch {
        return null;
      }
    },
    save: (draft) => {
      try {
        const { baseRevision, answers, scores, plan } = draft;
        store.setItem(key, JSON.stringify({ baseRevision, answers, scores, plan, orgSlug }));
      } catch {
        // Quota exceeded or storage disabled: the server save is still attempted.
      }
    },
    clear: () => {
      try {
        store.removeItem(key);
      } catch {
        // Nothing to do: a stale draft is detected by its revision on the next load.
      }
    },
  };
}

/** window.localStorage when it can be used (absent on the server, may throw when disabled). */
export function browserStore(): EnumerableStore | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}
