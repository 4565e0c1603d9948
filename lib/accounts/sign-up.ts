import "server-only";
import { db as defaultDb, type Db } from "@/lib/db/client";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { createAccount, isDuplicateEmail } from "./create-account";

/**
 * What the sign-up form answers for a new email and for a taken one alike, so the form is no
 * way to learn who has an account. Both paths hash the password (createAccount does it before
 * looking), so they take the same time too. The new account can sign in right away; the
 * taken email cannot with this password, and the form tells both apart only then, in words
 * that fit either case (see components/auth/sign-up-form.tsx).
 */
export const SIGN_UP_ANSWER = "Thanks. Signing you in…";

/**
 * Public sign-up: rate-limited per client address (every attempt that passed validation
 * counts, taken emails included), then the account with its first organization — or, for a
 * taken email, nothing, and the same answer.
 */
export async function signUp(input: Parameters<typeof createAccount>[1], clientAddress: string, db: Db = defaultDb()): Promise<void> {
  await consumeRateLimit(db, "signUp", clientAddress);
  try {
    await createAccount(db, input);
  } catch (error) {
    if (!isDuplicateEmail(error)) throw error;
  }
}
