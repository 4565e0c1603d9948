/**
 * Every server action in the production build, from Next's server reference manifest: its id
 * (what the `Next-Action` header carries), the file and export it comes from, and the pages
 * that can run it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export interface ServerActionEntry {
  id: string;
  file: string;
  name: string;
  /** App-router page entries, e.g. "app/o/[slug]/projects/page". */
  pages: string[];
}

interface Manifest {
  node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
}

export function serverActionsInBuild(root = process.cwd()): ServerActionEntry[] {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as Manifest;
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    file: entry.filename,
    name: entry.exportedName,
    pages: Object.keys(entry.workers),
  }));
}

/** The id of one action, failing loudly when the build does not have it. */
export function actionId(file: string, name: string, root = process.cwd()): string {
  const found = serverActionsInBuild(root).find((entry) => entry.file === file && entry.name === name);
  if (!found) throw new Error(`server action ${file}#${name} is not in the build`);
  return found.id;
}
