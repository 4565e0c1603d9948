/**
 * A LIKE pattern that finds `text` anywhere, with the user's `%`, `_` and `\` taken
 * literally (PostgreSQL's default escape character is the backslash). Pure.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The same, anchored at the start: a prefix match ranks above a match inside the text. */
export function prefixPattern(text: string): string {
  return `${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
