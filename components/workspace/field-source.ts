/**
 * The FormSource of a mounted workspace: the document straight from the autosave controller
 * (so a field and the workspace see each edit in the same render) and the messages the
 * workspace computed, published when they change.
 */
import { indexIssues, type IssueIndex } from "@/lib/workspace/issue-index";
import type { WorkspaceDoc } from "./draft";
import type { FormSource } from "./form-context";

interface DocStore {
  subscribe: (listener: () => void) => () => void;
  getState: () => { doc: WorkspaceDoc };
}

export class FieldSource implements FormSource {
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly store: DocStore,
    private issues: IssueIndex = indexIssues([]),
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    const stop = this.store.subscribe(listener);
    this.listeners.add(listener);
    return () => {
      stop();
      this.listeners.delete(listener);
    };
  };

  getDoc = (): WorkspaceDoc => this.store.getState().doc;

  getIssues = (): IssueIndex => this.issues;

  setIssues(issues: IssueIndex): void {
    if (issues === this.issues) return;
    this.issues = issues;
    for (const listener of this.listeners) listener();
  }
}
