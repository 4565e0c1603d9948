/**
 * Signs in through next-auth's credentials endpoint, reading its answer ourselves so a
 * throttled attempt (429) or a database outage (503) gets its own message instead of the
 * generic one.
 */
export type SignInResult = { ok: true } | { ok: false; message: string };

export const GENERIC_SIGN_IN_ERROR = "That email and password do not match an account.";

export async function signInWithPassword(email: string, password: string): Promise<SignInResult> {
  try {
    const csrf = (await (await fetch("/api/auth/csrf", { credentials: "same-origin" })).json()) as { csrfToken: string };
    const response = await fetch("/api/auth/callback/credentials", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
      body: new URLSearchParams({ email, password, csrfToken: csrf.csrfToken, json: "true" }),
    });
    if (response.status === 429 || response.status === 503) {
      const body = (await response.json()) as { message?: string };
      return { ok: false, message: body.message ?? "Sign-in is not possible right now. Try again later." };
    }
    const body = (await response.json().catch(() => ({}))) as { url?: string };
    const error = body.url ? new URL(body.url, window.location.origin).searchParams.get("error") : "unknown";
    if (!response.ok || error) return { ok: false, message: GENERIC_SIGN_IN_ERROR };
    return { ok: true };
  } catch {
    return { ok: false, message: "Could not reach the server. Check your connection and try again." };
  }
}
