"use client";

import { createContext, useContext, useSyncExternalStore } from "react";
import { getAt, type ListSection, type RowOperation, type WorkspaceDoc } from "./draft";
import type { IssueIndex } from "@/lib/workspace/issue-index";

/**
 * Where fields read the working copy and its messages. Each field subscribes to its own value
 * (useFieldValue), so a keystroke re-renders the field typed in, not the whole document.
 */
export interface FormSource {
  subscribe: (listener: () => void) => () => void;
  getDoc: () => WorkspaceDoc;
  getIssues: () => IssueIndex;
}

/** What every field renderer needs; provided once by the workspace, stable while it is open. */
export interface WorkspaceForm {
  readOnly: boolean;
  /** The project's name, for files the workspace writes (the mapping sheet's CSV). */
  projectName: string;
  /** Sets the value at a dotted path; an empty value removes the key. */
  set: (path: string, value: unknown) => void;
  rows: (section: ListSection, operation: RowOperation) => void;
  /** Focuses the element with this id once React has rendered (inside: its first control). */
  focusLater: (id: string, options?: { inside?: boolean }) => void;
  source: FormSource;
}

const WorkspaceFormContext = createContext<WorkspaceForm | null>(null);

export const WorkspaceFormProvider = WorkspaceFormContext.Provider;

export function useWorkspaceForm(): WorkspaceForm {
  const form = useContext(WorkspaceFormContext);
  if (form === null) throw new Error("useWorkspaceForm is used outside the workspace");
  return form;
}

/** The value at a dotted path; edits elsewhere keep its identity (setAt shares untouched branches), so nothing re-renders. */
export function useFieldValue(path: string): unknown {
  const { source } = useWorkspaceForm();
  const read = () => getAt(source.getDoc(), path);
  return useSyncExternalStore(source.subscribe, read, read);
}

/**
 * Validation messages (browser and server) for the control at `path`, including those
 * inside it (`sensitivity.2`); `exact` for containers whose children show their own.
 */
export function useFieldErrors(path: string, options?: { exact?: boolean }): string[] {
  const { source } = useWorkspaceForm();
  const exact = options?.exact === true;
  const read = () => source.getIssues().errorsFor(path, exact);
  return useSyncExternalStore(source.subscribe, read, read);
}
