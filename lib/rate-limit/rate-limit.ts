import "server-only";
import type { Db, DbTx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { waitText } from "@/lib/auth/throttle";

/**
 * Rate limits for what anyone (or any account) can repeat cheaply: creating accounts,
 * creating organizations, guessing the current password. Attempts are rows in Postgres, so
 * a limit holds across app instances, like the sign-in throttle (lib/auth/throttle.ts).
 */
export const RATE_LIMITS = {
  // Per client address. Colleagues behind one office address who sign up after an
  // invitation fit; a script creating accounts does not.
  signUp: { max: 10, windowMs: 10 * 60 * 1000, message: "Too many accounts were created from your network." },
  // Per user; the first organization comes with sign-up and does not count.
  createOrganization: { max: 10, windowMs: 60 * 60 * 1000, message: "You have created many organizations in the last hour." },
  // Per user, wrong current passwords only: a stolen session must not become a password oracle.
  passwordChangeFailure: { max: 5, windowMs: 15 * 60 * 1000, message: "Too many wrong current passwords." },
} as const;

export type RateLimitKind = keyof typeof RATE_LIMITS;

export interface RateLimitState {
  limited: boolean;
  retryAfterSeconds: number;
}

/** Makes concurrent attempts for one kind and key take turns, so a burst cannot overshoot the limit. */
export async function lockRateLimit(tx: DbTx, kind: RateLimitKind, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`rate-limit:${kind}:${key}`}, 0))`;
}

export async function checkRateLimit(db: DbTx, kind: RateLimitKind, key: string, now = new Date()): Promise<RateLimitState> {
  const { max, windowMs } = RATE_LIMITS[kind];
  const rows = await db.rateLimitEvent.findMany({
    where: { kind, key, createdAt: { gt: new Date(now.getTime() - windowMs) } },
    orderBy: { createdAt: "desc" },
    take: max,
    select: { createdAt: true },
  });
  if (rows.length < max) return { limited: false, retryAfterSeconds: 0 };
  // The oldest attempt that counts must leave the window before another is allowed.
  const oldest = rows[max - 1]!.createdAt.getTime();
  return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now.getTime()) / 1000)) };
}

export async function recordRateLimitEvent(db: DbTx, kind: RateLimitKind, key: string): Promise<void> {
  await db.rateLimitEvent.create({ data: { kind, key } });
}

/** The typed refusal, optionally shown next to a field. */
export function rateLimitedError(kind: RateLimitKind, retryAfterSeconds: number, field?: string): AppError {
  const message = `${RATE_LIMITS[kind].message} Try again in ${waitText(retryAfterSeconds)}.`;
  return new AppError("rate_limited", message, field ? { [field]: [message] } : {});
}

// A burst for one key takes turns on the advisory lock, so the last in line waits for all the
// others: Prisma's default 2 s / 5 s would fail it with a 500 on a busy machine instead of
// answering "too many".
const BURST_PATIENCE = { maxWait: 10_000, timeout: 20_000 } as const;

/** Counts one attempt, or throws the refusal when the limit is reached (the refused attempt is not counted). */
export async function consumeRateLimit(db: Db, kind: RateLimitKind, key: string): Promise<void> {
  const state = await db.$transaction(async (tx) => {
    await lockRateLimit(tx, kind, key);
    const current = await checkRateLimit(tx, kind, key);
    if (!current.limited) await recordRateLimitEvent(tx, kind, key);
    return current;
  }, BURST_PATIENCE);
  if (state.limited) throw rateLimitedError(kind, state.retryAfterSeconds);
}
