/**
 * Naming a few of many things in a message, independent of row order: the smallest
 * distinct values in code-point order, then "and N more".
 */
import { joinList, smallestDistinct } from "../../engine/text";

/** `"A", "B", "C" and 2 more`, `A and B`, or "" when there is nothing to name. */
export function someNames(values: Iterable<string>, max: number, format: (value: string) => string = (value) => value): string {
  const { smallest, distinct } = smallestDistinct(values, max);
  const shown = smallest.map(format);
  const more = distinct - smallest.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : joinList(shown);
}
