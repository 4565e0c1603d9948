/**
 * The plan's due dates as an iCalendar file (RFC 5545): one all-day event per item. Lines
 * end in CRLF and are folded at 75 octets without splitting a UTF-8 character; text values
 * are escaped. UIDs depend on the project and the item's key only, so importing the file
 * again updates the same events instead of duplicating them. Pure: the timestamp is an argument.
 */
import { itemDescription, type ExportItem } from "./csv";
import { addDays } from "./windows";

export interface IcsInput {
  /** Stable id of the project (with the item key it makes each event's UID). */
  projectId: string;
  projectName: string;
  items: readonly ExportItem[];
  /** When the file was made, an ISO 8601 timestamp (DTSTAMP); the caller reads the clock. */
  generatedAt: string;
  /** The right-hand side of every UID, e.g. the app's host name. */
  uidDomain: string;
}

export const ICS_PRODID = "-//Preflight//Remediation plan//EN";

// C0 controls other than tab, and DEL, are not allowed in a TEXT value (line breaks are escaped first).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** TEXT escaping: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(CONTROL, "");
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds a content line into lines of at most 75 octets; each continuation starts with one space. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > 75) {
      lines.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join("\r\n");
}

const basicDate = (date: string) => date.replace(/-/g, "");

function utcStamp(iso: string): string {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) throw new RangeError(`expected an ISO 8601 timestamp, got ${JSON.stringify(iso)}`);
  return new Date(time)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** A UID of characters every calendar accepts: project id and item key, percent-encoded. */
function uidOf(projectId: string, key: string, domain: string): string {
  return `remediation-${encodeURIComponent(projectId)}-${encodeURIComponent(key)}@${domain}`;
}

export function planToIcs(input: IcsInput): string {
  const stamp = utcStamp(input.generatedAt);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${ICS_PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(`${input.projectName}: remediation plan`)}`,
  ];
  for (const item of input.items) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${uidOf(input.projectId, item.key, input.uidDomain)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(item.dueDate)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(item.dueDate, 1))}`,
      `SUMMARY:${escapeText(`${input.projectName}: ${item.title}`)}`,
      `DESCRIPTION:${escapeText(itemDescription(item))}`,
      // The comma separates the two categories, so each value is escaped on its own.
      `CATEGORIES:${escapeText(item.track)},${escapeText(item.severity)}`,
      "TRANSP:TRANSPARENT",
    );
    // A URI value is not TEXT: no escaping, but a line break would end the property.
    if (item.link !== undefined) lines.push(`URL:${item.link.replace(/[\r\n]/g, "")}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
