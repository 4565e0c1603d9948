import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

/**
 * Changes the password and bumps the session version: every session issued before,
 * on any device, stops working. The caller re-issues the current device's session.
 */
export async function changePassword(db: Db, userId: string, currentPassword: string, newPassword: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new AppError("unauthenticated", "Your session has ended. Sign in again.");
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError("validation", "Check the highlighted fields.", { currentPassword: ["This is not your current password."] });
  }
  const passwordHash = await hashPassword(newPassword);
  return db.user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { id: true, sessionVersion: true },
  });
}
