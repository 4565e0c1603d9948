/**
 * Every environment variable the app reads, validated once with zod.
 * Nothing else in the code base touches process.env (prisma.config.ts aside: the CLI needs it).
 */
import { z } from "zod";

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== "" ? value.trim() : undefined));

const portNumber = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalString,
  NEXTAUTH_SECRET: optionalString,
  NEXTAUTH_URL: optionalString,
  // Read only to name the session cookie as next-auth does (see lib/auth/session-cookie.ts).
  AUTH_TRUST_HOST: optionalString,
  VERCEL: optionalString,
  PORT: portNumber(3000),
  // Below Linux's ephemeral range (32768–60999), like every fixed port of the tests and
  // benchmarks (153xx): a port in that range can be held by any outgoing connection at the
  // moment PostgreSQL starts, which made a test run fail with "already in use".
  PREFLIGHT_PG_PORT: portNumber(15329),
  PREFLIGHT_DATA_DIR: optionalString,
  // How many proxies in front of the app append to X-Forwarded-For (see lib/http/forwarded-for.ts).
  // 0: the app faces the clients, and only the socket address counts.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  PREFLIGHT_SKIP_DEMO: optionalString,
  // e.g. "24h": npm start backs up the embedded database that often (lib/backup/schedule.ts).
  PREFLIGHT_BACKUP_EVERY: optionalString,
  // The server's log level (lib/observability/logger.ts); "silent" turns the log off.
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Unset: /api/metrics answers 404. Set: it answers to "Authorization: Bearer <token>" only.
  METRICS_TOKEN: optionalString,
  CI: optionalString,
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment: ${lines.join("; ")}`);
  }
  cached = parsed.data;
  return cached;
}

/** The NextAuth secret, required at run time; start.ts generates one when it is unset. */
export function authSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) {
    if (env().NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET is not set");
    return "preflight-development-secret-do-not-use-in-production";
  }
  return secret;
}

export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app through `npm start` or `npm run db -- <command>`");
  return url;
}

/** Test hook: forget the parsed environment so a changed process.env is read again. */
export function resetEnvForTests(): void {
  cached = undefined;
}
