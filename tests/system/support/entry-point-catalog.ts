/**
 * Every way into the app, read from the source and from the production build: route handlers
 * (`app/**\/route.ts` and the HTTP methods they export), server actions (exported async
 * functions of `"use server"` files) and pages (`app/**\/page.tsx`). The security tests fail
 * when one of these has no entry in their coverage table.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { serverActionsInBuild } from "./server-actions";

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** Files under `app/`, as repository-relative paths with forward slashes. */
function appFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else found.push(relative);
    }
  };
  walk("app");
  return found.sort();
}

/** The URL pattern of a file's folder: route groups such as `(auth)` are not part of the URL. */
export function urlPattern(file: string): string {
  const segments = path.posix
    .dirname(file)
    .split("/")
    .slice(1)
    .filter((segment) => !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

/** Names a module exports: `export (async) function X`, `export const X`, `export { a as X }`. */
function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function\s*\*?|const|let|var)\s+([A-Za-z_$][\w$]*)/g)) names.add(match[1]!);
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of match[1]!.split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.add(name);
    }
  }
  return [...names];
}

export interface RouteHandler {
  /** "app/api/health/route.ts GET": the key of the coverage table. */
  key: string;
  file: string;
  pattern: string;
  method: string;
}

export function routeHandlersInSource(root = process.cwd()): RouteHandler[] {
  return appFiles(root)
    .filter((file) => /\/route\.(ts|tsx|js)$/.test(file))
    .flatMap((file) => {
      const methods = exportedNames(readFileSync(path.join(root, file), "utf8")).filter((name) =>
        (HTTP_METHODS as readonly string[]).includes(name),
      );
      return methods.map((method) => ({ key: `${file} ${method}`, file, pattern: urlPattern(file), method }));
    });
}

const startsWithUseServer = (source: string) => /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(source);

/** "file#export" of every exported function of every `"use server"` module. */
export function serverActionsInSource(root = process.cwd()): string[] {
  return appFiles(root)
    .filter((file) => /\.(ts|tsx)$/.test(file) && startsWithUseServer(readFileSync(path.join(root, file), "utf8")))
    .flatMap((file) => exportedNames(readFileSync(path.join(root, file), "utf8")).map((name) => `${file}#${name}`))
    .sort();
}

export function serverActionsInManifest(root = process.cwd()): string[] {
  return serverActionsInBuild(root)
    .map((action) => `${action.file}#${action.name}`)
    .sort();
}

export interface PageRoute {
  file: string;
  /** e.g. "/o/[slug]/projects/[projectId]/dashboard". */
  pattern: string;
}

export function pagesInSource(root = process.cwd()): PageRoute[] {
  return appFiles(root)
    .filter((file) => /\/page\.(tsx|ts|jsx|js)$/.test(file))
    .map((file) => ({ file, pattern: urlPattern(file) }));
}

/** Pages and route handlers the build compiled, as source-relative entries ("app/(auth)/sign-in/page"). */
export function entriesInBuild(root = process.cwd()): string[] {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .map((entry) => `app${entry}`)
    .sort();
}
