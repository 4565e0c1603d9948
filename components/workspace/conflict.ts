/**
 * What the conflict view shows and produces. Pure. Built when the server refuses a save
 * (409) or when a draft left in this browser turns out to be based on an older revision.
 */
import { diffFields, mergeFields, withValues, type FieldChange } from "@/lib/assessments/diff";
import { tidy, type WorkspaceDoc } from "./draft";

/** The server's current version, as a 409 carries it (updatedBy may be unknown). */
export interface ServerVersion {
  revision: number;
  answers: WorkspaceDoc["answers"];
  scores: WorkspaceDoc["scores"];
  plan: WorkspaceDoc["plan"];
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface ConflictingField {
  path: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

export interface ConflictState {
  /** False when the common ancestor is unknown (a stale draft restored after a reload). */
  baseKnown: boolean;
  mine: WorkspaceDoc;
  theirs: WorkspaceDoc;
  theirRevision: number;
  updatedAt: string | null;
  updatedBy: string | null;
  /** Their changes since the base (or, without a base, every difference from mine). */
  theirChanges: FieldChange[];
  /** Theirs with my non-overlapping changes applied; conflicting paths hold theirs. */
  merged: WorkspaceDoc;
  conflicts: ConflictingField[];
}

export type Choice = "mine" | "theirs";

function docOf(version: ServerVersion): WorkspaceDoc {
  return { answers: version.answers, scores: version.scores, plan: version.plan };
}

/**
 * Three-way merge when the base is known. Without one nothing can be merged safely: every
 * field that differs becomes a conflict and the starting point is theirs, so the person
 * decides each difference instead of one side silently winning.
 */
export function buildConflict(base: WorkspaceDoc | null, mine: WorkspaceDoc, current: ServerVersion): ConflictState {
  const theirs = docOf(current);
  const common = {
    mine,
    theirs,
    theirRevision: current.revision,
    updatedAt: current.updatedAt,
    updatedBy: current.updatedBy,
  };
  if (base === null) {
    const differences = diffFields(theirs, mine);
    return {
      ...common,
      baseKnown: false,
      theirChanges: diffFields(mine, theirs),
      merged: theirs,
      conflicts: differences.map((change) => ({ path: change.path, base: undefined, mine: change.after, theirs: change.before })),
    };
  }
  const { merged, conflicts } = mergeFields(base, mine, theirs);
  return {
    ...common,
    baseKnown: true,
    theirChanges: diffFields(base, theirs),
    merged: tidy(merged, { dropEmptyRows: true }),
    conflicts,
  };
}

/** True once every conflicting path has a choice. */
export function allChosen(conflict: ConflictState, choices: Readonly<Record<string, Choice>>): boolean {
  return conflict.conflicts.every((field) => choices[field.path] !== undefined);
}

/** The merged document with the person's pick applied to each conflicting path (unpicked paths keep theirs). */
export function resolveConflict(conflict: ConflictState, choices: Readonly<Record<string, Choice>>): WorkspaceDoc {
  const picks = conflict.conflicts
    .filter((field) => choices[field.path] === "mine")
    .map((field) => ({ path: field.path, value: field.mine }));
  return tidy(withValues(conflict.merged, picks), { dropEmptyRows: true });
}
