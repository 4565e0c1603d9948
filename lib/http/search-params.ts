/** A page's query as Next hands it over: a key given twice arrives as an array. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/**
 * The first value of each key, so a page never hands an array (or undefined) on where it
 * expects text. Shapes (ids, dates, enums) are still checked by whoever uses a value.
 */
export function firstValues(query: RawSearchParams): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) values[key] = first;
  }
  return values;
}
