/**
 * The autosave state machine, pure: every transition is a function of (state, event), so
 * the rules that prevent lost updates are unit-tested without timers or a network.
 *
 * - `version` counts edits; `savedVersion` is the last one the server acknowledged. A save
 *   is due while they differ.
 * - At most one request is in flight; edits made meanwhile bump `version` and are sent
 *   after the acknowledgement, against the revision it returned.
 * - `base` is the last acknowledged document: the common ancestor for the 3-way merge.
 */
import type { ValidationIssue } from "@/lib/readiness/client";
import { buildConflict, type ConflictState, type ServerVersion } from "./conflict";
import { sameDoc, type WorkspaceDoc } from "./draft";
import type { StoredDraft } from "./draft-storage";

export type SaveStatus = "saved" | "saving" | "retrying" | "invalid" | "conflict";

/** What the last request (or the restore) ended in. */
type Phase = "idle" | "saved" | "retrying" | "rejected" | "conflict";

export interface InFlight {
  version: number;
  doc: WorkspaceDoc;
  baseRevision: number;
}

export interface AutosaveState {
  doc: WorkspaceDoc;
  version: number;
  base: WorkspaceDoc;
  /** The revision `doc`'s edits are based on; sent as baseRevision. */
  baseRevision: number;
  savedVersion: number;
  inFlight: InFlight | null;
  phase: Phase;
  /** Consecutive failed attempts, for the retry backoff. */
  failures: number;
  /** Schema problems of the current doc, found in the browser before sending. */
  localIssues: ValidationIssue[];
  /** Problems the server reported for the version it rejected. */
  serverIssues: ValidationIssue[];
  rejectedVersion: number | null;
  conflict: ConflictState | null;
  savedAt: string | null;
}

export type AutosaveEvent =
  | { type: "edit"; doc: WorkspaceDoc; issues: ValidationIssue[] }
  /** The browser's check of edit number `version`, made after the edit's frame was painted. */
  | { type: "checked"; version: number; issues: ValidationIssue[] }
  | { type: "send" }
  | { type: "saved"; revision: number; savedAt: string | null }
  | { type: "conflict"; current: ServerVersion }
  | { type: "invalid"; issues: ValidationIssue[] }
  | { type: "failed" }
  | { type: "restore"; draft: StoredDraft; server: ServerVersion; issues: ValidationIssue[] }
  | { type: "resolve"; doc: WorkspaceDoc; issues: ValidationIssue[] }
  | { type: "discard" };

export function initialAutosaveState(initial: { revision: number; doc: WorkspaceDoc; updatedAt?: string | null }): AutosaveState {
  return {
    doc: initial.doc,
    version: 0,
    base: initial.doc,
    baseRevision: initial.revision,
    savedVersion: 0,
    inFlight: null,
    phase: "idle",
    failures: 0,
    localIssues: [],
    serverIssues: [],
    rejectedVersion: null,
    conflict: null,
    savedAt: initial.updatedAt ?? null,
  };
}

export function statusOf(state: AutosaveState): SaveStatus {
  if (state.conflict !== null) return "conflict";
  if (state.localIssues.length > 0 || state.rejectedVersion === state.version) return "invalid";
  if (state.inFlight !== null) return "saving";
  if (state.phase === "retrying") return "retrying";
  return state.version === state.savedVersion ? "saved" : "saving";
}

export function canSend(state: AutosaveState): boolean {
  return (
    state.inFlight === null &&
    state.conflict === null &&
    state.localIssues.length === 0 &&
    state.version !== state.savedVersion &&
    state.rejectedVersion !== state.version
  );
}

/** Edits the server has not acknowledged yet (including a conflict waiting for a decision). */
export function hasUnsavedChanges(state: AutosaveState): boolean {
  return state.version !== state.savedVersion || state.conflict !== null;
}

/** 2 s, 4 s, 8 s, 16 s, then 30 s: quick recovery from a blip, no hammering during an outage. */
export function retryDelay(failures: number): number {
  return Math.min(2000 * 2 ** Math.max(0, failures - 1), 30_000);
}

const DELIVERED = { inFlight: null, failures: 0 } as const;

export function reduceAutosave(state: AutosaveState, event: AutosaveEvent): AutosaveState {
  switch (event.type) {
    case "edit":
      // The conflict view is modal; edits cannot start from a document that is being decided.
      if (state.conflict !== null) return state;
      return { ...state, doc: event.doc, version: state.version + 1, localIssues: event.issues };
    case "checked":
      // A check of an older edit says nothing about this one; the same answer changes nothing.
      if (event.version !== state.version) return state;
      if (event.issues.length === 0 && state.localIssues.length === 0) return state;
      return { ...state, localIssues: event.issues };
    case "send":
      if (!canSend(state)) return state;
      return { ...state, inFlight: { version: state.version, doc: state.doc, baseRevision: state.baseRevision } };
    case "saved":
      if (state.inFlight === null) return state;
      return {
        ...state,
        ...DELIVERED,
        base: state.inFlight.doc,
        baseRevision: event.revision,
        savedVersion: state.inFlight.version,
        phase: "saved",
        serverIssues: [],
        rejectedVersion: null,
        savedAt: event.savedAt,
      };
    case "conflict": {
      if (state.inFlight === null) return state;
      const theirs = { answers: event.current.answers, scores: event.current.scores, plan: event.current.plan };
      // The server already holds exactly what was sent (e.g. a save sent as the tab closed
      // landed first): nothing to decide, adopt its revision.
      if (sameDoc(theirs, state.inFlight.doc)) {
        return reduceAutosave(state, { type: "saved", revision: event.current.revision, savedAt: event.current.updatedAt });
      }
      return { ...state, ...DELIVERED, phase: "conflict", conflict: buildConflict(state.base, state.doc, event.current) };
    }
    case "invalid":
      if (state.inFlight === null) return state;
      return { ...state, ...DELIVERED, phase: "rejected", serverIssues: event.issues, rejectedVersion: state.inFlight.version };
    case "failed":
      if (state.inFlight === null) return state;
      return { ...state, inFlight: null, phase: "retrying", failures: state.failures + 1 };
    case "restore":
      return restore(state, event.draft, event.server, event.issues);
    case "resolve": {
      if (state.conflict === null) return state;
      const { theirs, theirRevision } = state.conflict;
      const version = state.version + 1;
      return {
        ...state,
        ...DELIVERED,
        doc: event.doc,
        version,
        base: theirs,
        baseRevision: theirRevision,
        // Choosing exactly their version leaves nothing to save.
        savedVersion: sameDoc(event.doc, theirs) ? version : state.savedVersion,
        phase: "idle",
        localIssues: event.issues,
        serverIssues: [],
        rejectedVersion: null,
        conflict: null,
      };
    }
    case "discard": {
      if (state.conflict === null) return state;
      const { theirs, theirRevision, updatedAt } = state.conflict;
      const version = state.version + 1;
      return {
        ...state,
        ...DELIVERED,
        doc: theirs,
        version,
        base: theirs,
        baseRevision: theirRevision,
        savedVersion: version,
        phase: "saved",
        localIssues: [],
        serverIssues: [],
        rejectedVersion: null,
        conflict: null,
        savedAt: updatedAt,
      };
    }
  }
}

/**
 * A draft found in this browser on load. Same base revision: nobody saved since, so it
 * simply becomes the working copy and is saved. Different revision: someone saved in the
 * meantime and the draft's base is unknown, so the person decides in the conflict view.
 */
function restore(state: AutosaveState, draft: StoredDraft, server: ServerVersion, issues: ValidationIssue[]): AutosaveState {
  if (state.version !== 0 || state.conflict !== null) return state;
  const mine: WorkspaceDoc = { answers: draft.answers, scores: draft.scores, plan: draft.plan ?? server.plan };
  if (sameDoc(mine, state.doc)) return state;
  if (draft.baseRevision === state.baseRevision) {
    return { ...state, doc: mine, version: 1, localIssues: issues };
  }
  return {
    ...state,
    doc: mine,
    version: 1,
    // Kept so that, stored again, the draft still reads as stale after another reload.
    baseRevision: draft.baseRevision,
    localIssues: issues,
    phase: "conflict",
    conflict: buildConflict(null, mine, server),
  };
}
