/**
 * Logging from modules that client components also import (lib/forms/form-state.ts): no pino
 * and no node: imports here, only the server's logger looked up where logger.ts keeps it. In
 * the browser, or before the server made its logger, the line goes to the console.
 */
import type { Logger } from "pino";

type Level = "info" | "warn" | "error";

export function logEvent(level: Level, fields: Record<string, unknown>, message: string): void {
  const log = (globalThis as { [key: symbol]: Logger | undefined })[Symbol.for("preflight.logger")];
  if (log) log[level](fields, message);
  else console[level](message, fields);
}
