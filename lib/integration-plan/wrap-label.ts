/**
 * A step's label broken into lines for a fixed-size box (SVG text does not wrap by itself).
 * Counting characters, not measuring glyphs, keeps this pure and the same on the web and in
 * the PDF; the box's width is chosen for its font so `maxChars` of them fit.
 */

/**
 * Words in order, at most `maxChars` a line and `maxLines` lines. A word longer than a line
 * is cut into pieces; text that does not fit ends its last line with "…" (the full text is
 * the caller's tooltip and text alternative).
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  if (maxChars < 2 || maxLines < 1) throw new RangeError("wrapLabel needs at least two characters and one line");
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word !== "");
  const pieces = words.flatMap((word) => {
    const parts: string[] = [];
    for (let at = 0; at < word.length; at += maxChars) parts.push(word.slice(at, at + maxChars));
    return parts;
  });
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + piece.length <= maxChars) lines[lines.length - 1] = `${last} ${piece}`;
    else lines.push(piece);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const tail = kept[maxLines - 1] as string;
  kept[maxLines - 1] = `${tail.length < maxChars ? tail : tail.slice(0, maxChars - 1)}…`;
  return kept;
}
