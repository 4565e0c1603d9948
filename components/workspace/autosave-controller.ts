/**
 * Drives the autosave state machine: debounce and retry timers, the single in-flight PUT,
 * and the localStorage draft. Plain TypeScript with its I/O passed in, so the whole save
 * protocol is tested in node with fake timers and a fake fetch; `use-autosave.ts` only
 * binds it to React and the page's lifecycle.
 */
import { ROOT_PATH, type ValidationIssue } from "@/lib/readiness/client";
import {
  canSend,
  hasUnsavedChanges,
  initialAutosaveState,
  reduceAutosave,
  retryDelay,
  statusOf,
  type AutosaveEvent,
  type AutosaveState,
} from "./autosave-machine";
import { resolveConflict, type Choice, type ServerVersion } from "./conflict";
import type { WorkspaceDoc } from "./draft";
import type { DraftStorage } from "./draft-storage";
import { putAssessment } from "./save-request";

export const DEBOUNCE_MS = 1000;

export interface AutosaveDeps {
  url: string;
  fetch: typeof fetch;
  /** Null for read-only viewers: they have nothing to keep. */
  storage: DraftStorage | null;
  validate: (doc: WorkspaceDoc) => ValidationIssue[];
  /**
   * Runs what an edit can leave for later: checking the whole draft against the schema and
   * writing it to storage (on a 300-action draft ~20 ms per keystroke). The browser passes
   * "after the next paint", so a keystroke's frame does not wait for them; by default they run
   * at once. Either way they are done before anything is sent or the page is left.
   */
  afterPaint?: (work: () => void) => void;
}

export type FlushResult = { ok: true; revision: number } | { ok: false; reason: "invalid" | "conflict" | "failed" };

type Timer = ReturnType<typeof setTimeout>;

export class AutosaveController {
  private state: AutosaveState;
  private readonly server: ServerVersion;
  private readonly listeners = new Set<() => void>();
  private debounce: Timer | null = null;
  private retry: Timer | null = null;
  private request: Promise<void> | null = null;
  private restored = false;
  private detached = false;
  /** An edit not checked against the schema yet / not written to storage yet. */
  private uncheckedEdit = false;
  private unstoredEdit = false;
  private catchUpScheduled = false;

  constructor(
    initial: { revision: number; doc: WorkspaceDoc; updatedAt: string | null },
    private readonly deps: AutosaveDeps,
  ) {
    this.state = initialAutosaveState(initial);
    this.server = { revision: initial.revision, ...initial.doc, updatedAt: initial.updatedAt, updatedBy: null };
  }

  // Arrow properties: handed to useSyncExternalStore and event handlers unbound.
  getState = (): AutosaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Applies an edit and schedules the debounced save. */
  update = (change: (doc: WorkspaceDoc) => WorkspaceDoc): void => {
    const doc = change(this.state.doc);
    // Re-setting a value that is already there (a field re-typed to the same text) is no
    // edit: it must not cost a request and a revision. The edits (setAt, the row operations)
    // return the same document then, so no comparison of whole documents is needed per
    // keystroke (two JSON.stringify of a 550 kB draft cost ~10 ms).
    if (doc === this.state.doc) return;
    // The previous check stands until this edit's own check, which is scheduled with the storage write.
    this.dispatch({ type: "edit", doc, issues: this.state.localIssues });
    this.uncheckedEdit = true;
    this.scheduleCatchUp();
    this.clearDebounce();
    this.debounce = setTimeout(() => {
      this.debounce = null;
      void this.send();
    }, DEBOUNCE_MS);
  };

  /** Saves now rather than after the debounce: a field lost focus, or the tab is being hidden. */
  saveNow = (options: { keepalive?: boolean } = {}): void => {
    this.catchUp();
    this.clearDebounce();
    void this.send(options);
  };

  /** Resolves once every edit is acknowledged (or cannot be); used before submitting. */
  flush = async (): Promise<FlushResult> => {
    this.clearDebounce();
    for (;;) {
      this.catchUp();
      const state = this.state;
      if (state.conflict !== null) return { ok: false, reason: "conflict" };
      if (statusOf(state) === "invalid") return { ok: false, reason: "invalid" };
      if (this.request !== null) {
        await this.request;
        continue;
      }
      if (state.version === state.savedVersion) return { ok: true, revision: state.baseRevision };
      if (!canSend(state)) return { ok: false, reason: "failed" };
      await this.send();
      if (this.state.phase === "retrying" && this.request === null) return { ok: false, reason: "failed" };
    }
  };

  /** Once, on mount: picks up a draft a previous visit left unsaved. */
  restoreDraft = (): void => {
    const storage = this.deps.storage;
    if (this.restored || storage === null) return;
    this.restored = true;
    const stored = storage.load();
    if (stored === null) return;
    // A draft kept before the workspace held the plan has none: the plan loaded stands.
    const draft = { ...stored, plan: stored.plan ?? this.server.plan };
    const before = this.state;
    this.dispatch({ type: "restore", draft, server: this.server, issues: this.deps.validate(draft) });
    if (this.state === before) storage.clear();
    else void this.send();
  };

  /** "Save merged version": the picks applied to the merge, saved against their revision. */
  resolve = (choices: Readonly<Record<string, Choice>>): void => {
    const conflict = this.state.conflict;
    if (conflict === null) return;
    const doc = resolveConflict(conflict, choices);
    this.dispatch({ type: "resolve", doc, issues: this.deps.validate(doc) });
    void this.send();
  };

  discardMine = (): void => {
    this.dispatch({ type: "discard" });
  };

  /** Stops the timers (unmount). In-flight requests still land in the state. */
  stop = (): void => {
    this.clearDebounce();
    this.clearRetry();
  };

  /**
   * Signing out: from now on nothing is sent and nothing is written to storage, so the
   * draft, once removed, is not stored again (by a save when the page is hidden, a retry
   * or a request still in flight).
   */
  detach = (): void => {
    this.detached = true;
    this.stop();
  };

  private send(options: { keepalive?: boolean } = {}): Promise<void> {
    if (this.detached) return Promise.resolve();
    this.catchUp();
    if (this.request !== null) return this.request;
    if (!canSend(this.state)) return Promise.resolve();
    this.clearRetry();
    this.dispatch({ type: "send" });
    const sent = this.state.inFlight;
    if (sent === null) return Promise.resolve();
    const body = { baseRevision: sent.baseRevision, answers: sent.doc.answers, scores: sent.doc.scores, plan: sent.doc.plan };
    this.request = putAssessment(this.deps.fetch, this.deps.url, body, options).then((outcome) => {
      this.request = null;
      switch (outcome.kind) {
        case "saved":
          this.dispatch({ type: "saved", revision: outcome.revision, savedAt: outcome.savedAt });
          // Edits made while the request was out go next, against the new revision.
          if (canSend(this.state)) void this.send();
          return;
        case "conflict":
          this.dispatch({ type: "conflict", current: outcome.current });
          return;
        case "invalid":
          // A 400 without field issues still needs a line the person can read.
          this.dispatch({
            type: "invalid",
            issues: outcome.issues.length > 0 ? outcome.issues : [{ path: ROOT_PATH, message: outcome.message }],
          });
          return;
        case "failed":
          this.dispatch({ type: "failed" });
          this.scheduleRetry();
          return;
      }
    });
    return this.request;
  }

  private scheduleRetry(): void {
    this.clearRetry();
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.send();
    }, retryDelay(this.state.failures));
  }

  private clearDebounce(): void {
    if (this.debounce !== null) clearTimeout(this.debounce);
    this.debounce = null;
  }

  private clearRetry(): void {
    if (this.retry !== null) clearTimeout(this.retry);
    this.retry = null;
  }

  private dispatch(event: AutosaveEvent): void {
    const next = reduceAutosave(this.state, event);
    if (next === this.state) return;
    this.state = next;
    if (event.type === "edit") this.unstoredEdit = true;
    else if (event.type !== "checked") this.persist();
    for (const listener of this.listeners) listener();
  }

  private scheduleCatchUp(): void {
    if (this.catchUpScheduled) return;
    this.catchUpScheduled = true;
    (this.deps.afterPaint ?? ((work) => work()))(() => {
      this.catchUpScheduled = false;
      this.catchUp();
    });
  }

  /** The last edit's schema check and storage write, if they are still due. */
  private catchUp(): void {
    if (this.uncheckedEdit) {
      this.uncheckedEdit = false;
      this.dispatch({ type: "checked", version: this.state.version, issues: this.deps.validate(this.state.doc) });
    }
    if (this.unstoredEdit) this.persist();
  }

  /** The draft stays in storage exactly as long as the server has not acknowledged it. */
  private persist(): void {
    this.unstoredEdit = false;
    const storage = this.deps.storage;
    if (storage === null || this.detached) return;
    if (!hasUnsavedChanges(this.state)) storage.clear();
    else storage.save({ baseRevision: this.state.baseRevision, ...this.state.doc });
  }
}
