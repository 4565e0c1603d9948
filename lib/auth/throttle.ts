import "server-only";
import type { DbTx } from "@/lib/db/client";

/**
 * Failed sign-ins are counted in Postgres, per account and per client address, so the limit
 * holds across app instances. The 11th failure inside the window is refused before the
 * password is even checked.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_IP = 10;

export interface ThrottleState {
  limited: boolean;
  retryAfterSeconds: number;
}

export async function checkSignInThrottle(db: DbTx, email: string, ip: string, now = new Date()): Promise<ThrottleState> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [byAccount, byIp] = await Promise.all([
    db.loginFailure.findMany({ where: { email, createdAt: { gt: since } }, orderBy: { createdAt: "desc" }, take: MAX_FAILURES_PER_ACCOUNT, select: { createdAt: true } }),
    db.loginFailure.findMany({ where: { ip, createdAt: { gt: since } }, orderBy: { createdAt: "desc" }, take: MAX_FAILURES_PER_IP, select: { createdAt: true } }),
  ]);
  const retryAfter = (rows: { createdAt: Date }[], max: number) => {
    if (rows.length < max) return 0;
    // The oldest failure that counts must leave the window before another try is allowed.
    const oldest = rows[rows.length - 1]!.createdAt.getTime();
    return Math.max(1, Math.ceil((oldest + THROTTLE_WINDOW_MS - now.getTime()) / 1000));
  };
  const retryAfterSeconds = Math.max(retryAfter(byAccount, MAX_FAILURES_PER_ACCOUNT), retryAfter(byIp, MAX_FAILURES_PER_IP));
  return { limited: retryAfterSeconds > 0, retryAfterSeconds };
}

export async function recordSignInFailure(db: DbTx, email: string, ip: string): Promise<void> {
  await db.loginFailure.create({ data: { email, ip } });
}

export async function pruneSignInFailures(db: DbTx, now = new Date()): Promise<void> {
  await db.loginFailure.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - THROTTLE_WINDOW_MS) } } });
}

export function retryMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
