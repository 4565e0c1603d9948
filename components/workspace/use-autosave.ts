"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { statusOf } from "./autosave-machine";
import { AutosaveController } from "./autosave-controller";
import { loadSchema, validateDoc, type WorkspaceDoc } from "./draft";
import { browserStore, createDraftStorage } from "./draft-storage";
import { registerOpenWorkspace } from "./open-workspaces";
import { assessmentUrl } from "./save-request";

/** How long input must pause before an edit is checked against the schema and stored. */
const CHECK_PAUSE_MS = 250;

/**
 * Runs `work` after the frame that shows the keystroke, and only once the person has stopped
 * typing for CHECK_PAUSE_MS: each input event in the page pushes it back. Checking a document
 * with a 1,000-row mapping sheet against the schema takes 30–140 ms, more than the gap
 * between two keystrokes, so doing it after every frame made the next keystroke wait (issue
 * #17, bench:workspace). A save, a blur or leaving the page still checks at once.
 */
function whenTypingPauses(work: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = () => {
    document.removeEventListener("input", arm, true);
    work();
  };
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(done, CHECK_PAUSE_MS);
  };
  document.addEventListener("input", arm, true);
  requestAnimationFrame(arm);
}

export interface AutosaveOptions {
  orgSlug: string;
  projectId: string;
  /** False for viewers: nothing is saved or restored. */
  enabled: boolean;
  initial: { revision: number; doc: WorkspaceDoc; updatedAt: string };
}

/**
 * The working copy of the assessment and its autosave: debounced saves, saves on blur and
 * when the tab is hidden, retries, conflicts and the localStorage draft (see
 * autosave-controller.ts for the protocol).
 */
export function useAutosave({ orgSlug, projectId, enabled, initial }: AutosaveOptions) {
  // Created once per mounted workspace; the server render gets one without storage.
  const [controller] = useState(() => {
    const store = enabled ? browserStore() : null;
    return new AutosaveController(
      { revision: initial.revision, doc: initial.doc, updatedAt: initial.updatedAt },
      {
        url: assessmentUrl(orgSlug, projectId),
        fetch: (input, init) => fetch(input, init),
        storage: store === null ? null : createDraftStorage(store, projectId, orgSlug),
        validate: validateDoc,
        afterPaint: whenTypingPauses,
      },
    );
  });
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);

  useEffect(() => {
    if (!enabled) return;
    // A draft kept in this browser is checked against the schema before it is offered back.
    void loadSchema()
      .catch(() => undefined)
      .then(() => controller.restoreDraft());
    const onVisibility = () => {
      // keepalive lets the request outlive the page if the tab is being closed.
      if (document.visibilityState === "hidden") controller.saveNow({ keepalive: true });
    };
    document.addEventListener("visibilitychange", onVisibility);
    // Signing out sends what this workspace holds first, then detaches it.
    const unregister = registerOpenWorkspace({ flush: controller.flush, detach: controller.detach });
    return () => {
      unregister();
      document.removeEventListener("visibilitychange", onVisibility);
      controller.stop();
      // Leaving the workspace inside the app: send what the debounce was holding.
      controller.saveNow({ keepalive: true });
    };
  }, [controller, enabled]);

  return {
    state,
    status: statusOf(state),
    // For fields that subscribe to their own value instead of re-rendering with the workspace.
    subscribe: controller.subscribe,
    getState: controller.getState,
    update: controller.update,
    saveNow: controller.saveNow,
    flush: controller.flush,
    resolve: controller.resolve,
    discardMine: controller.discardMine,
  };
}
