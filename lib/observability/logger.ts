/**
 * The one logger: JSON lines on stdout (pino), level from LOG_LEVEL. Every line logged while a
 * request is served carries its request id. Secrets and assessment content are censored by
 * key wherever they appear in a logged object, so a careless `logger().info({ body })` still
 * cannot leak a password, a token, a cookie or someone's answers.
 */
import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "@/lib/env";
import { currentRequestContext } from "./request-context";

const SECRET_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "token",
  "sessionToken",
  "csrfToken",
  "invitationToken",
  "secret",
  "cookie",
  "cookies",
  "authorization",
  "set-cookie",
  // Assessment content: what a team wrote about its integration is theirs, not the operator's.
  "answers",
  "scores",
  "notes",
  "body",
];

/** pino's redaction paths: each key at the top level and up to two levels down (headers.cookie, req.headers.cookie). */
export const REDACT_PATHS = SECRET_KEYS.flatMap((key) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? [key, `*.${key}`, `*.*.${key}`] : [`*["${key}"]`, `*.*["${key}"]`],
);

export const CENSORED = "[redacted]";

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: CENSORED },
      mixin: () => {
        const context = currentRequestContext();
        return context ? { reqId: context.requestId } : {};
      },
    },
    destination,
  );
}

const KEY = Symbol.for("preflight.logger");
type Holder = { [KEY]?: Logger };

/** The process's logger, shared by the server and the app bundle (see request-context.ts for why globalThis). */
export function logger(): Logger {
  const holder = globalThis as Holder;
  holder[KEY] ??= createLogger(env().LOG_LEVEL);
  return holder[KEY];
}

/** An error as loggable fields: its message and stack, never the objects hanging off it. */
export function errorFields(error: unknown): { err: { message: string; name?: string; stack?: string } } {
  if (error instanceof Error) return { err: { name: error.name, message: error.message, stack: error.stack } };
  return { err: { message: String(error) } };
}
