/**
 * How the plan's words are spelled in PostgreSQL: enum labels cannot hold "-", so the tracks
 * and windows of lib/remediation are stored with "_". One place converts both ways.
 */
import type { RemediationWindow } from "@/lib/remediation/types";
import type { Track } from "@/lib/readiness";

export const storedTrack = (track: Track) => track.replaceAll("-", "_");
export const trackOf = (stored: string) => stored.replaceAll("_", "-") as Track;
export const storedWindow = (window: RemediationWindow) => window.replaceAll("-", "_");
export const windowOf = (stored: string) => stored.replaceAll("_", "-") as RemediationWindow;

/** A calendar date ("YYYY-MM-DD") as the Date Prisma writes to a DATE column (midnight UTC). */
export const dateColumn = (day: string) => new Date(`${day}T00:00:00.000Z`);
/** A DATE column as Prisma reads it back, as the calendar date it holds. */
export const dayOf = (value: Date) => value.toISOString().slice(0, 10);
