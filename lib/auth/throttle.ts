import "server-only";
import { db as defaultDb, type DbTx } from "@/lib/db/client";

/**
 * Failed sign-ins are counted in Postgres, so the limits hold across app instances. Three
 * limits, none of which lets a stranger lock an account for long:
 *
 * - per account and address: 10 failures in 15 minutes, then that address waits for the
 *   oldest to leave the window (the attacker's own pair, never the victim's);
 * - per address, across accounts: 30 failures in 15 minutes (a shared office address has
 *   room; one machine spraying many accounts does not);
 * - per account, across addresses: after 5 failures, each further try waits a delay that
 *   doubles with every failure, capped at 5 minutes. Rotating addresses therefore slows a
 *   guesser to a handful of tries per window, while the owner waits minutes at most.
 *
 * A refused try is answered before the password is checked and is not itself a failure.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_PAIR = 10;
export const MAX_FAILURES_PER_IP = 30;
export const FREE_FAILURES_PER_ACCOUNT = 5;
export const MAX_ACCOUNT_DELAY_SECONDS = 5 * 60;
/** Failures beyond this many no longer change the account delay (it is capped by then). */
const ACCOUNT_ROWS_NEEDED = FREE_FAILURES_PER_ACCOUNT + 12;

export interface ThrottleState {
  limited: boolean;
  retryAfterSeconds: number;
}

/** The delay the account's n-th failure in the window imposes on the next try: 2 s, 4 s, 8 s, … 5 min. */
export function accountDelaySeconds(failures: number): number {
  if (failures < FREE_FAILURES_PER_ACCOUNT) return 0;
  return Math.min(MAX_ACCOUNT_DELAY_SECONDS, 2 ** (failures - FREE_FAILURES_PER_ACCOUNT + 1));
}

type Stamp = { createdAt: Date };

/** Seconds until the oldest counted failure leaves the window, once `max` are in it. */
function untilWindowFrees(rows: Stamp[], max: number, now: number): number {
  if (rows.length < max) return 0;
  const oldest = rows[max - 1]!.createdAt.getTime();
  return Math.max(1, Math.ceil((oldest + THROTTLE_WINDOW_MS - now) / 1000));
}

function untilAccountDelayPasses(rows: Stamp[], now: number): number {
  const delay = accountDelaySeconds(rows.length);
  if (delay === 0) return 0;
  const wait = Math.ceil((rows[0]!.createdAt.getTime() + delay * 1000 - now) / 1000);
  return Math.max(0, wait);
}

export async function checkSignInThrottle(email: string, ip: string, db: DbTx = defaultDb(), now = new Date()): Promise<ThrottleState> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const recent = (where: { email?: string; ip?: string }, take: number) =>
    db.loginFailure.findMany({
      where: { ...where, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take,
      select: { createdAt: true },
    });
  const [byPair, byIp, byAccount] = await Promise.all([
    recent({ email, ip }, MAX_FAILURES_PER_PAIR),
    recent({ ip }, MAX_FAILURES_PER_IP),
    recent({ email }, ACCOUNT_ROWS_NEEDED),
  ]);
  const at = now.getTime();
  const retryAfterSeconds = Math.max(
    untilWindowFrees(byPair, MAX_FAILURES_PER_PAIR, at),
    untilWindowFrees(byIp, MAX_FAILURES_PER_IP, at),
    untilAccountDelayPasses(byAccount, at),
  );
  return { limited: retryAfterSeconds > 0, retryAfterSeconds };
}

export async function recordSignInFailure(email: string, ip: string, db: DbTx = defaultDb()): Promise<void> {
  await db.loginFailure.create({ data: { email, ip } });
}

/** A right password from an address forgets that address's failures for the account. */
export async function clearSignInFailures(email: string, ip: string, db: DbTx = defaultDb()): Promise<void> {
  await db.loginFailure.deleteMany({ where: { email, ip } });
}

export async function pruneSignInFailures(db: DbTx, now = new Date()): Promise<void> {
  await db.loginFailure.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - THROTTLE_WINDOW_MS) } } });
}

export function retryMessage(retryAfterSeconds: number): string {
  return `Too many failed sign-in attempts. Try again in ${waitText(retryAfterSeconds)}.`;
}

/** "5 seconds", "1 minute", "4 minutes": seconds while they matter, minutes beyond two. */
export function waitText(seconds: number): string {
  if (seconds < 120) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
