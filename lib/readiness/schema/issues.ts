/**
 * Turns zod issues into short human lines: `<dotted path>: <problem>`. Used by
 * `parseAssessment`, the CLI and (through `readinessErrorMap`) any form that validates
 * with the schemas directly. Every zod issue becomes exactly one line. Messages never
 * echo long input back (a hostile 5 MB string must not end up in a log line).
 */
import type { z } from "zod";

export interface ValidationIssue {
  /** Dotted path (`answers.actions.0.kind`), or `(root)` for the document itself. */
  path: string;
  message: string;
}

export const ROOT_PATH = "(root)";

const MAX_ECHO_LENGTH = 40;

function describeInput(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "a list";
  switch (typeof input) {
    case "string":
      return "text";
    case "number":
      return Number.isFinite(input) ? "a number" : String(input);
    case "boolean":
      return "true/false";
    case "object":
      return "an object";
    default:
      return typeof input;
  }
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
};

function echo(input: unknown): string {
  return typeof input === "string" && input.length <= MAX_ECHO_LENGTH ? ` (got ${JSON.stringify(input)})` : "";
}

function quoteAll(keys: readonly string[]): string {
  return keys.map((key) => JSON.stringify(key)).join(", ");
}

function sizeProblem(origin: string, bound: number | bigint, kind: "max" | "min"): string {
  const limit = String(bound);
  if (origin === "string") {
    return kind === "max" ? `too long: at most ${limit} characters` : `too short: at least ${limit} characters`;
  }
  if (origin === "array") {
    return kind === "max" ? `too many entries: at most ${limit}` : `too few entries: at least ${limit}`;
  }
  return kind === "max" ? `expected at most ${limit}` : `expected at least ${limit}`;
}

/**
 * zod 4 error map with the product's wording. Messages set on a schema itself (the
 * score, the business object) take precedence over it, as zod specifies.
 */
export const readinessErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return "required";
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return `expected ${expected}, got ${describeInput(issue.input)}`;
    }
    case "invalid_value": {
      if (issue.input === undefined) return "required";
      const values = issue.values.map(String);
      if (values.length === 1) return `expected ${JSON.stringify(values[0])}${echo(issue.input)}`;
      return `expected one of ${values.join(", ")}${echo(issue.input)}`;
    }
    case "unrecognized_keys":
      return issue.keys.length === 1 ? `unknown key ${quoteAll(issue.keys)}` : `unknown keys ${quoteAll(issue.keys)}`;
    case "too_big":
      return sizeProblem(issue.origin, issue.maximum, "max");
    case "too_small":
      return sizeProblem(issue.origin, issue.minimum, "min");
    case "invalid_format":
      return "does not have the expected format";
    case "invalid_union":
      return "does not match any allowed form";
    default:
      return undefined;
  }
};

export function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? ROOT_PATH : path.map((segment) => String(segment)).join(".");
}

/** One line per zod issue, in zod's order. */
export function toValidationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
