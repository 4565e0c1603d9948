/** The value at a dotted path (`answers.actions.2.kind`; index segments address list rows), or undefined. */
export function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const segment of path.split(".")) {
    if (Array.isArray(node) && /^\d+$/.test(segment)) node = node[Number(segment)];
    else if (typeof node === "object" && node !== null && !Array.isArray(node)) node = (node as Record<string, unknown>)[segment];
    else return undefined;
  }
  return node;
}
