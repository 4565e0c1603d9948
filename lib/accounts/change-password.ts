import "server-only";
import { db as defaultDb, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { checkRateLimit, lockRateLimit, rateLimitedError, recordRateLimitEvent } from "@/lib/rate-limit/rate-limit";

/**
 * Changes the password and bumps the session version: every session issued before,
 * on any device, stops working. The caller re-issues the current device's session.
 *
 * Wrong current passwords are rate-limited per user, so a session left open (or stolen)
 * cannot be used to guess the password. The check, the verification and the count run
 * under one lock per user, so parallel guesses cannot slip past the limit.
 */
export async function changePassword(userId: string, currentPassword: string, newPassword: string, db: Db = defaultDb()) {
  const verdict = await db.$transaction(
    async (tx) => {
      await lockRateLimit(tx, "passwordChangeFailure", userId);
      const state = await checkRateLimit(tx, "passwordChangeFailure", userId);
      if (state.limited) return { refused: rateLimitedError("passwordChangeFailure", state.retryAfterSeconds, "currentPassword") };
      const user = await tx.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
      if (!user) return { refused: new AppError("unauthenticated", "Your session has ended. Sign in again.") };
      if (!(await verifyPassword(user.passwordHash, currentPassword))) {
        // Counted in this transaction, which therefore must commit: the refusal is returned, not thrown.
        await recordRateLimitEvent(tx, "passwordChangeFailure", userId);
        return {
          refused: new AppError("validation", "Check the highlighted fields.", { currentPassword: ["This is not your current password."] }),
        };
      }
      return { refused: null };
    },
    { timeout: 15_000 },
  );
  if (verdict.refused) throw verdict.refused;
  const passwordHash = await hashPassword(newPassword);
  return db.user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { id: true, sessionVersion: true },
  });
}
