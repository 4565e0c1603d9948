/**
 * Small text helpers shared by the rules. Blank means missing everywhere: a string that
 * is empty or only white space is treated exactly like an absent field.
 */

export function isBlank(value: string | undefined | null): boolean {
  return value === undefined || value === null || value.trim() === "";
}

export function hasText(value: string | undefined | null): value is string {
  return !isBlank(value);
}

const MAX_QUOTED = 80;

/** `"text"` on one line, cut at 80 characters with an ellipsis. */
const UNTIDY_SPACE = /\s\s|[\t\n\r\f\v]|^\s|\s$/;

export function quote(text: string): string {
  const line = UNTIDY_SPACE.test(text) ? text.trim().replace(/\s+/g, " ") : text;
  const cut = line.length > MAX_QUOTED ? `${line.slice(0, MAX_QUOTED - 1).trimEnd()}…` : line;
  return `"${cut}"`;
}

/** "Fully automated" → "fully automated", but "CRM" stays "CRM". */
export function inlineLabel(label: string): string {
  const second = label.charAt(1);
  return second !== "" && second === second.toLowerCase() ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1] ?? ""}`;
}

/**
 * Up to `max` items then "and N more". Callers pass items in a canonical order (sorted,
 * or enum order), never row order, so messages do not change when rows are reordered.
 */
export function shortList(items: readonly string[], max = 3): string {
  if (items.length <= max) return joinList(items);
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The `k` smallest distinct values (by code point, ascending) and how many distinct
 * values there are: what a message needs to name "A, B, C and 12 more" without sorting
 * the whole list. Linear in the number of values for a small `k`.
 */
export function smallestDistinct(values: Iterable<string>, k: number): { smallest: string[]; distinct: number } {
  const seen = new Set<string>();
  const smallest: string[] = [];
  for (const value of values) {
    if (seen.has(value)) continue;
    seen.add(value);
    if (smallest.length === k && !(value < (smallest[k - 1] as string))) continue;
    let at = smallest.length;
    while (at > 0 && value < (smallest[at - 1] as string)) at -= 1;
    smallest.splice(at, 0, value);
    if (smallest.length > k) smallest.pop();
  }
  return { smallest, distinct: seen.size };
}
