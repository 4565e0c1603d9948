/**
 * The autosave request and the classification of its answer. `classifySaveResponse` is pure
 * so every status the route handler can return is unit-tested without a server.
 */
import type { ConflictResponse, InvalidResponse, SaveRequest, SavedResponse } from "@/lib/assessments/save-contract";
import type { ValidationIssue } from "@/lib/readiness/client";
import type { ServerVersion } from "./conflict";
import { isPlainObject, type WorkspaceDoc } from "./draft";

export type SaveOutcome =
  | { kind: "saved"; revision: number; savedAt: string | null }
  | { kind: "conflict"; current: ServerVersion }
  | { kind: "invalid"; issues: ValidationIssue[]; message: string }
  | { kind: "failed"; status: number | null };

export interface SaveBody extends SaveRequest {
  answers: WorkspaceDoc["answers"];
  scores: WorkspaceDoc["scores"];
  /** Absent (a draft kept before the workspace held the plan) keeps the stored plan. */
  plan?: WorkspaceDoc["plan"];
}

/** A field of an answer that may be missing or of the wrong type: the server is trusted, the network is not. */
type Unchecked<T> = { [K in keyof T]?: unknown };

export function assessmentUrl(orgSlug: string, projectId: string): string {
  return `/api/o/${encodeURIComponent(orgSlug)}/projects/${encodeURIComponent(projectId)}/assessment`;
}

function isRevision(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function text(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function issuesOf(value: unknown): ValidationIssue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    isPlainObject(item) && typeof item.path === "string" && typeof item.message === "string"
      ? [{ path: item.path, message: item.message }]
      : [],
  );
}

function serverVersionOf(raw: unknown): ServerVersion | null {
  if (!isPlainObject(raw)) return null;
  const value: Unchecked<ConflictResponse["current"]> = raw;
  if (!isRevision(value.revision)) return null;
  const answers = isPlainObject(value.answers) ? value.answers : {};
  const scores = isPlainObject(value.scores) ? value.scores : {};
  const plan = isPlainObject(value.plan) ? value.plan : {};
  const by = isPlainObject(value.updatedBy) ? text(value.updatedBy.name) : null;
  return {
    revision: value.revision,
    answers: answers as ServerVersion["answers"],
    scores: scores as ServerVersion["scores"],
    plan: plan as ServerVersion["plan"],
    updatedAt: text(value.updatedAt),
    updatedBy: by,
  };
}

/**
 * 200 → saved; 409 with the current version → conflict; 400 → invalid with its issues;
 * anything else, or a body that does not have the promised shape, → failed (retried).
 */
export function classifySaveResponse(status: number, body: unknown): SaveOutcome {
  const json: Unchecked<SavedResponse> & Unchecked<ConflictResponse> & Unchecked<InvalidResponse> = isPlainObject(body) ? body : {};
  if (status >= 200 && status < 300 && isRevision(json.revision)) {
    return { kind: "saved", revision: json.revision, savedAt: text(json.savedAt) };
  }
  if (status === 409) {
    const current = serverVersionOf(json.current);
    if (current !== null) return { kind: "conflict", current };
  }
  if (status === 400) {
    return { kind: "invalid", issues: issuesOf(json.issues), message: text(json.message) ?? "The assessment has invalid fields." };
  }
  return { kind: "failed", status };
}

export async function putAssessment(
  fetcher: typeof fetch,
  url: string,
  body: SaveBody,
  options: { keepalive?: boolean } = {},
): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await fetcher(url, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      keepalive: options.keepalive === true,
      credentials: "same-origin",
    });
  } catch {
    return { kind: "failed", status: null };
  }
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    // A body that is not JSON (a proxy's error page) is classified by status alone.
  }
  return classifySaveResponse(response.status, json);
}
