/** Parses PREFLIGHT_BACKUP_EVERY ("24h", "90m", "7d"). Pure. */

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
/** Shorter than this would copy the cluster back to back. */
export const MIN_INTERVAL_MS = 15 * 60_000;
// setTimeout's limit (about 24.8 days); a longer wait would fire at once.
const MAX_INTERVAL_MS = 2 ** 31 - 1;

export function parseInterval(text: string): { ok: true; ms: number } | { ok: false; reason: string } {
  const match = /^(\d+)\s*([mhd])$/.exec(text.trim());
  if (!match) return { ok: false, reason: `"${text}" is not a duration such as 30m, 24h or 7d` };
  const ms = Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
  if (ms < MIN_INTERVAL_MS) return { ok: false, reason: "backups can run at most every 15 minutes" };
  if (ms > MAX_INTERVAL_MS) return { ok: false, reason: "backups must run at least every 24 days" };
  return { ok: true, ms };
}
