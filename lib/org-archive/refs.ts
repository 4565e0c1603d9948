/**
 * Archive-local references. The exporting instance's ids never leave it: each row gets a
 * `ref:N` on export, and each ref a fresh id on import. Pure.
 */

/** Hands out `ref:1`, `ref:2`… one per distinct id, the same ref each time an id comes back. */
export class RefAllocator {
  private readonly refs = new Map<string, string>();

  ref(id: string): string {
    let ref = this.refs.get(id);
    if (!ref) {
      ref = `ref:${this.refs.size + 1}`;
      this.refs.set(id, ref);
    }
    return ref;
  }

  /** The ref of an id already handed out, else undefined (an arbitrary string is not an id). */
  known(id: string): string | undefined {
    return this.refs.get(id);
  }
}

/** A copy of a JSON value with every string leaf passed through `map` (object keys unchanged). */
export function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === "string") return map(value);
  if (Array.isArray(value)) return value.map((entry) => mapStrings(entry, map));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, mapStrings(entry, map)]));
  return value;
}
