"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { statusOf } from "./autosave-machine";
import { AutosaveController } from "./autosave-controller";
import { loadSchema, validateDoc, type WorkspaceDoc } from "./draft";
import { browserStore, createDraftStorage } from "./draft-storage";
import { registerOpenWorkspace } from "./open-workspaces";
import { assessmentUrl } from "./save-request";

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
        // After the frame that shows the keystroke: a task queued from the next animation frame.
        afterPaint: (work) => requestAnimationFrame(() => setTimeout(work, 0)),
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
