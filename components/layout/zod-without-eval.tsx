"use client";

import { z } from "zod";

/**
 * The CSP forbids eval, so zod cannot compile its fast object parsers in the browser anyway;
 * but to find that out it tries `new Function("")` once, and the browser reports that caught
 * attempt as a CSP violation. jitless skips the attempt. Browser only: on the server zod keeps
 * its compiled parsers (the rule-engine benchmark measures against them).
 */
if (typeof window !== "undefined") z.config({ jitless: true });

/** Rendered once in the root layout, so this module runs before any page's code parses. */
export function ZodWithoutEval() {
  return null;
}
