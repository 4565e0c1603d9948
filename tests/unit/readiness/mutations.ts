/**
 * Ways to break a valid document at a known path: an unknown key in any object, a wrong
 * type at any value, a value outside its enumeration, a repeated enum entry.
 */
import fc from "fast-check";
import type { AssessmentDocument } from "@/lib/readiness";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Segment = string | number;

interface Node {
  path: Segment[];
  value: Json;
  parentKey: string | undefined;
}

export interface Mutation {
  kind: "unknownKey" | "wrongType" | "badEnum" | "duplicate";
  document: Json;
  /** The dotted path (or `(root)`) where a problem must be reported. */
  expectedPath: string;
  /** A fragment the message must contain, when the mutation implies one. */
  expectedText?: string;
}

/** Scalar fields whose value comes from an enumeration (or, for format, a literal). */
const ENUM_FIELDS = new Set([
  "format",
  "owningSystem",
  "targetSystem",
  "aiAccess",
  "syncDirection",
  "providerRetention",
  "kind",
  "approval",
  "category",
  "status",
  "risk",
  "object",
]);
/** Arrays whose entries come from an enumeration and may not repeat. */
const ENUM_ARRAYS = new Set(["systems", "sensitivity", "fallbacks", "captured"]);
const UNKNOWN_KEY = "zzUnknownKey";

function nodesOf(value: Json, path: Segment[] = [], parentKey: string | undefined = undefined): Node[] {
  const here: Node = { path, value, parentKey };
  if (Array.isArray(value)) {
    return [here, ...value.flatMap((item, index) => nodesOf(item, [...path, index], parentKey))];
  }
  if (value !== null && typeof value === "object") {
    return [here, ...Object.entries(value).flatMap(([key, item]) => nodesOf(item, [...path, key], key))];
  }
  return [here];
}

function dotted(path: readonly Segment[]): string {
  return path.length === 0 ? "(root)" : path.join(".");
}

/** Replaces the value at `path` (the root itself is never replaced). */
function setAt(root: Json, path: readonly Segment[], value: Json): void {
  let node: Json = root;
  for (const segment of path.slice(0, -1)) node = (node as Record<string, Json>)[segment as string] as Json;
  (node as Record<string, Json>)[path[path.length - 1] as string] = value;
}

function wrongTypeFor(value: Json): Json {
  if (typeof value === "string") return 42;
  if (typeof value === "number") return "7";
  if (typeof value === "boolean") return "true";
  if (Array.isArray(value)) return { not: "a list" };
  return "not an object";
}

export function mutate(document: AssessmentDocument, kind: Mutation["kind"], pick: number): Mutation {
  const copy = JSON.parse(JSON.stringify(document)) as Json;
  const nodes = nodesOf(copy);
  const choose = <T>(candidates: T[]): T | undefined => candidates[pick % Math.max(candidates.length, 1)];

  if (kind === "duplicate") {
    const arrays = nodes.filter((n) => Array.isArray(n.value) && n.value.length > 0 && ENUM_ARRAYS.has(n.parentKey ?? ""));
    const target = choose(arrays);
    if (target !== undefined && Array.isArray(target.value)) {
      // Overwrite the last entry when there are two or more, so a full list stays within
      // its cap (an oversized list is reported as "too many entries" instead).
      const repeated = target.value[0] as Json;
      if (target.value.length >= 2) target.value[target.value.length - 1] = repeated;
      else target.value.push(repeated);
      return { kind, document: copy, expectedPath: dotted([...target.path, target.value.length - 1]), expectedText: "listed twice" };
    }
    kind = "badEnum"; // nothing to duplicate in this document
  }
  if (kind === "badEnum") {
    const leaves = nodes.filter(
      (n) =>
        typeof n.value === "string" &&
        (ENUM_FIELDS.has(String(n.path[n.path.length - 1])) ||
          (typeof n.path[n.path.length - 1] === "number" && ENUM_ARRAYS.has(n.parentKey ?? ""))),
    );
    const target = choose(leaves) ?? { path: ["format"], value: "", parentKey: "format" };
    setAt(copy, target.path, "not_a_value");
    return { kind, document: copy, expectedPath: dotted(target.path), expectedText: "expected" };
  }
  if (kind === "wrongType") {
    const target = choose(nodes.filter((n) => n.path.length > 0)) ?? { path: ["format"], value: "", parentKey: "format" };
    setAt(copy, target.path, wrongTypeFor(target.value));
    return { kind, document: copy, expectedPath: dotted(target.path) };
  }
  const objects = nodes.filter((n) => n.value !== null && typeof n.value === "object" && !Array.isArray(n.value));
  const target = choose(objects) ?? nodes[0];
  (target?.value as Record<string, Json>)[UNKNOWN_KEY] = 1;
  return { kind: "unknownKey", document: copy, expectedPath: dotted(target?.path ?? []), expectedText: `"${UNKNOWN_KEY}"` };
}

export const mutationKind = fc.constantFrom<Mutation["kind"]>("unknownKey", "wrongType", "badEnum", "duplicate");
