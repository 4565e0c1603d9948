/**
 * How one spreadsheet cell becomes a document value: the cell's own checks (formulas,
 * unreadable characters), names compared loosely, enumerations by label or key, yes/no.
 * Pure. The row as a whole is then judged by the framework's zod schema.
 */
export type CellReading<T> = { ok: true; value: T } | { ok: false; message: string };

/** Case, spaces and punctuation do not matter in names: "Source system", "source_system" and "sourceSystem" are one. */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

const MAX_ECHO = 40;

/** ` (got "…")` for short input; long input is never echoed back into a message. */
export function gotText(text: string): string {
  return text.length <= MAX_ECHO ? ` (got "${text}")` : "";
}

/** What a spreadsheet runs as a formula; `lib/utils/csv.ts` neutralizes the same starts on export. */
const FORMULA_START = /^[=+\-@]/;
/** The apostrophe `csvCell` puts before such a start on export: read back, it is taken off again. */
const NEUTRALIZED_START = /^'[=+\-@\t\r]/;
const REPLACEMENT_CHARACTER = "\uFFFD";

export const FORMULA_PROBLEM = "formulas are not imported: type the value";

/**
 * The cell's text, trimmed ("" when blank), or why it cannot be read. Trimming is a choice:
 * stray spaces around a spreadsheet value are noise, and the engine compares trimmed anyway.
 */
export function cellText(raw: string): CellReading<string> {
  const text = raw.trim();
  if (NEUTRALIZED_START.test(text)) return { ok: true, value: text.slice(1) };
  if (FORMULA_START.test(text)) return { ok: false, message: FORMULA_PROBLEM };
  if (text.includes(REPLACEMENT_CHARACTER)) {
    return { ok: false, message: 'contains "\uFFFD", a character that could not be read: save the sheet as CSV UTF-8' };
  }
  return { ok: true, value: text };
}

/**
 * Reads a value of `values` by its key or its label, loosely compared; lists the labels
 * (and `otherChoice`, a form the caller accepts besides) when neither matches.
 */
export function enumReader<T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
  otherChoice?: string,
): (cell: string) => CellReading<T> {
  const byName = new Map<string, T>();
  for (const value of values) {
    for (const name of [value, labels[value]]) {
      const key = normalizeName(name);
      const taken = byName.get(key);
      // Two values answering to one name would make a cell ambiguous: a bug in the labels, caught at load.
      if (taken !== undefined && taken !== value) throw new Error(`"${name}" names both ${taken} and ${value}`);
      byName.set(key, value);
    }
  }
  const expected = values.map((value) => labels[value]).join(", ") + (otherChoice === undefined ? "" : `, or ${otherChoice}`);
  return (cell) => {
    const value = byName.get(normalizeName(cell));
    return value === undefined ? { ok: false, message: `expected one of ${expected}${gotText(cell)}` } : { ok: true, value };
  };
}

const BOOLEAN_WORDS: ReadonlyMap<string, boolean> = new Map([
  ["yes", true],
  ["true", true],
  ["1", true],
  ["no", false],
  ["false", false],
  ["0", false],
]);

/** Yes/No, TRUE/FALSE (what Excel and Sheets copy for a checkbox) or 1/0, in any case. */
export function readBoolean(cell: string): CellReading<boolean> {
  const value = BOOLEAN_WORDS.get(cell.toLowerCase());
  return value === undefined ? { ok: false, message: `expected Yes or No${gotText(cell)}` } : { ok: true, value };
}

export function writeBoolean(value: boolean): string {
  return value ? "Yes" : "No";
}
