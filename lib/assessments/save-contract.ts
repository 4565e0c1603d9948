/**
 * The autosave's wire contract (`PUT /api/o/:slug/projects/:id/assessment`), one set of
 * types for the route handler that answers and the workspace that reads the answers.
 * Types only: nothing here runs, so the browser bundle pays nothing for it.
 */

/**
 * What the workspace sends: the revision it started from and the whole draft. `plan`
 * absent keeps the stored integration plan; present replaces it (`{}` clears it).
 */
export interface SaveRequest {
  baseRevision: number;
  answers: unknown;
  scores: unknown;
  plan?: unknown;
}

/** 200: stored as this revision. */
export interface SavedResponse {
  revision: number;
  savedAt: string;
}

/** The stored draft a 409 carries, so the workspace can merge field by field. */
export interface StoredVersion {
  revision: number;
  answers: unknown;
  scores: unknown;
  /** The integration plan, `{}` when there is none. */
  plan: unknown;
  updatedAt: string;
  updatedBy: { name: string } | null;
}

/** 409: someone saved since `baseRevision`. */
export interface ConflictResponse {
  error: "conflict";
  message: string;
  current: StoredVersion;
}

/** 400: every problem of the draft, by document path. */
export interface InvalidResponse {
  error: "validation";
  message: string;
  issues: { path: string; message: string }[];
}
