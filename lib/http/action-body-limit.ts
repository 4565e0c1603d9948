/**
 * The largest server-action request body (next.config.ts `serverActions.bodySizeLimit`).
 * Next refuses a bigger one itself, but with a bare 500 after reading it; the proxy
 * answers 413 from the declared length before any of it is read.
 */
export const ACTION_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** The refusal for a server-action POST whose declared length is over the limit, else null. */
export function oversizedActionProblem(method: string, headers: Headers): string | null {
  if (method !== "POST" || !headers.has("next-action")) return null;
  const length = Number(headers.get("content-length"));
  if (!Number.isFinite(length) || length <= ACTION_BODY_LIMIT_BYTES) return null;
  return `The form is ${(length / 1024 / 1024).toFixed(1)} MB; at most ${ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB can be sent.`;
}
