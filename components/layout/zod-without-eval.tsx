"use client";

/**
 * The CSP forbids eval, so zod cannot compile its fast object parsers in the browser anyway;
 * but to find that out it tries `new Function("")` once, and the browser reports that caught
 * attempt as a CSP violation. jitless skips the attempt. Browser only: on the server zod keeps
 * its compiled parsers (the rule-engine benchmark measures against them).
 *
 * Written to the global object zod keeps its configuration in (what `z.config()` writes),
 * without importing zod: this runs on every page, most of which never load zod at all, and
 * importing it only to configure it cost every signed-in page 30 kB of gzip. A unit test
 * holds zod to reading this object.
 */
export function zodWithoutEval(target: { __zod_globalConfig?: Record<string, unknown> }): void {
  // Changed in place: a zod that loaded first holds on to this very object.
  const config = (target.__zod_globalConfig ??= {});
  config.jitless = true;
}

if (typeof window !== "undefined") zodWithoutEval(globalThis as { __zod_globalConfig?: Record<string, unknown> });

/** Rendered once in the root layout, so this module runs before any page's code parses. */
export function ZodWithoutEval() {
  return null;
}
