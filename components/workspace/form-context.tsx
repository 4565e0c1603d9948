"use client";

import { createContext, useContext } from "react";
import type { ListQuestionKey } from "@/lib/readiness/client";
import type { RowOperation, WorkspaceDoc } from "./draft";

/** What every field renderer needs; provided once by the workspace instead of drilled through each form. */
export interface WorkspaceForm {
  doc: WorkspaceDoc;
  readOnly: boolean;
  /** Sets the value at a dotted path; an empty value removes the key. */
  set: (path: string, value: unknown) => void;
  rows: (section: ListQuestionKey, operation: RowOperation) => void;
  /**
   * Validation messages (browser and server) for the control at `path`, including those
   * inside it (`sensitivity.2`); `exact` for containers whose children show their own.
   */
  errorsFor: (path: string, options?: { exact?: boolean }) => string[];
  /** Focuses the element with this id once React has rendered (inside: its first control). */
  focusLater: (id: string, options?: { inside?: boolean }) => void;
}

const WorkspaceFormContext = createContext<WorkspaceForm | null>(null);

export const WorkspaceFormProvider = WorkspaceFormContext.Provider;

export function useWorkspaceForm(): WorkspaceForm {
  const form = useContext(WorkspaceFormContext);
  if (form === null) throw new Error("useWorkspaceForm is used outside the workspace");
  return form;
}
