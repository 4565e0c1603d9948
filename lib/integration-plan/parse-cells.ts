/**
 * Text into records of cells: tab-separated text as Excel and Google Sheets put it on the
 * clipboard, and RFC 4180 CSV with its delimiter (comma, semicolon or tab) detected. Pure.
 *
 * Both quote the same way: a cell that starts with `"` runs to the next lone `"`, `""`
 * inside stands for one quote, and line breaks and delimiters inside are text. Records end
 * at CRLF, LF or a lone CR. A byte-order mark is dropped; a final line break adds no record.
 */
export type SheetFormat = "paste" | "csv";

export type CellsResult = { ok: true; records: string[][] } | { ok: false; row: number; message: string };

export const NOT_TEXT_PROBLEM = "this is not a text sheet (it holds binary data or is not UTF-8): save it as CSV UTF-8 and try again";

const BYTE_ORDER_MARK = "\uFEFF";
const REPLACEMENT_CHARACTER = "\uFFFD";
/** Above this share of unreadable characters the input is a binary or wrongly encoded file, not a sheet with a typo. */
const MAX_REPLACEMENT_SHARE = 0.01;
const CANDIDATE_DELIMITERS = [",", ";", "\t"] as const;

/** A NUL (binary files, UTF-16 text) or many U+FFFD (what decoding invalid UTF-8 leaves behind). */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  let replacements = 0;
  for (let at = text.indexOf(REPLACEMENT_CHARACTER); at !== -1; at = text.indexOf(REPLACEMENT_CHARACTER, at + 1)) replacements += 1;
  return replacements > text.length * MAX_REPLACEMENT_SHARE;
}

/** The candidate seen most often outside quotes on the first line (a tie keeps the comma). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: string = CANDIDATE_DELIMITERS[0];
  for (const candidate of CANDIDATE_DELIMITERS) if ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0)) best = candidate;
  return best;
}

interface QuotedCell {
  text: string;
  /** Index just past the closing quote. */
  end: number;
}

/** The quoted cell opening at `start`, or null when no closing quote follows. */
function readQuoted(text: string, start: number): QuotedCell | null {
  let value = "";
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return null;
    value += text.slice(from, quote);
    if (text.charAt(quote + 1) !== '"') return { text: value, end: quote + 1 };
    value += '"';
    from = quote + 2;
  }
}

function endsCell(text: string, at: number, delimiter: string): boolean {
  const char = text.charAt(at);
  return at >= text.length || char === delimiter || char === "\n" || char === "\r";
}

/** Index of the next delimiter or line break at or after `from` (the text's length when none). */
function nextBreak(text: string, from: number, delimiter: string): number {
  let at = from;
  while (!endsCell(text, at, delimiter)) at += 1;
  return at;
}

function split(text: string, delimiter: string, format: SheetFormat): CellsResult {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  while (at < text.length) {
    let cell = "";
    if (text.charAt(at) === '"') {
      const quoted = readQuoted(text, at);
      // The clipboard does not quote a cell that merely starts with a quote: there, anything
      // but a cleanly closed quoted cell is plain text. A CSV file must close what it opens.
      const clean = quoted !== null && endsCell(text, quoted.end, delimiter);
      if (quoted === null && format === "csv") {
        return { ok: false, row: records.length + 1, message: 'a quoted cell is never closed: look for a stray "' };
      }
      if (quoted !== null && (clean || format === "csv")) {
        cell = quoted.text;
        at = quoted.end;
      }
    }
    const end = nextBreak(text, at, delimiter);
    // RFC 4180 allows nothing after a closing quote; like spreadsheets, keep it as text.
    cell += text.slice(at, end);
    record.push(cell);
    at = end;
    const char = text.charAt(at);
    if (char === delimiter) {
      at += 1;
      if (at === text.length) record.push("");
    } else if (at < text.length) {
      records.push(record);
      record = [];
      at += char === "\r" && text.charAt(at + 1) === "\n" ? 2 : 1;
    }
  }
  if (record.length > 0) records.push(record);
  return { ok: true, records };
}

export function parseCells(input: string, format: SheetFormat): CellsResult {
  if (looksBinary(input)) return { ok: false, row: 0, message: NOT_TEXT_PROBLEM };
  const text = input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input;
  const delimiter = format === "paste" ? "\t" : detectDelimiter(text);
  return split(text, delimiter, format);
}
