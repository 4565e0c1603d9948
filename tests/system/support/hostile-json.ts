/**
 * Hostile JSON bodies made from a valid one by breaking it at one node: the rest of the
 * body stays valid (and current), so if the server accepted the one bad part it would
 * store something. Each case says where the refusal must point.
 */
import fc from "fast-check";
import { hostileKey, hostileText, hugeText, setOwn, type TextAttack } from "./hostile-strings";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Segment = string | number;

export interface HostileBody {
  /** What was done, for failure messages. */
  label: string;
  body: string | Uint8Array<ArrayBuffer>;
  /** The path the refusal must name (it or a path on the same branch); "body" for the text as a whole. */
  where: Segment[] | "body";
  /** 400 unless said otherwise. */
  status?: number;
}

interface Node {
  path: Segment[];
  value: Json;
}

export const DEEP = 10_000;
/** Text longer than any text field allows (long text is 5,000 characters). */
const TOO_LONG = 5001;

export function nodesOf(value: Json, path: Segment[] = []): Node[] {
  const here = { path, value };
  if (Array.isArray(value)) return [here, ...value.flatMap((item, index) => nodesOf(item, [...path, index]))];
  if (value !== null && typeof value === "object")
    return [here, ...Object.entries(value).flatMap(([key, item]) => nodesOf(item, [...path, key]))];
  return [here];
}

/**
 * Raw JSON text stands in for a value that JSON.stringify cannot write (1e309, 10,000
 * levels of nesting): a placeholder string is replaced after serialising.
 */
const RAW_TEXTS: string[] = [];
export function rawMarker(text: string): string {
  if (!RAW_TEXTS.includes(text)) RAW_TEXTS.push(text);
  return `\uE000${RAW_TEXTS.indexOf(text)}\uE000`;
}
export function serialise(value: Json): string {
  return JSON.stringify(value).replace(/"\uE000(\d+)\uE000"/g, (_, index: string) => RAW_TEXTS[Number(index)]!);
}

function typeOf(value: Json): "null" | "boolean" | "number" | "string" | "array" | "object" {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value as "boolean" | "number" | "string" | "object";
}

const deepArray = `${"[".repeat(DEEP)}${"]".repeat(DEEP)}`;
const deepObject = `${'{"a":'.repeat(DEEP)}1${"}".repeat(DEEP)}`;

/** Values of every type, each wrong for a node of another type. */
const WRONG: Record<ReturnType<typeof typeOf>, Json[]> = {
  null: [null],
  boolean: [true, false],
  number: [0, 7, rawMarker("1e309"), rawMarker("-1e309")],
  string: ["", "true", "7", "\u0000", "\ud800"],
  array: [[], [null], rawMarker(deepArray)],
  object: [{}, rawMarker(deepObject)],
};

function wrongTypeFor(value: Json): fc.Arbitrary<{ replacement: Json; label: string }> {
  const own = typeOf(value);
  const options = (Object.keys(WRONG) as (keyof typeof WRONG)[]).filter((type) => type !== own).flatMap((type) => WRONG[type]);
  return fc.constantFrom(...options).map((replacement) => ({ replacement, label: `wrong type ${typeOf(replacement)}` }));
}

/** Numbers no count, score or revision accepts; 1e309 is Infinity once parsed. */
const BAD_NUMBERS = ["1e309", "-1e309", "1e400", "-1", "1.5", "9007199254740993", "1e10", "123456789012345678901234567890", "-0.0001"];
/** Number spellings that are not JSON at all: the body is unreadable. */
const NOT_JSON_NUMBERS = ["NaN", "Infinity", "-Infinity", "0x1F", "1.", ".5", "+1", "01", "1e", "--1"];

type Replacement = { replacement: Json; label: string; bodyLevel?: boolean };

function replacementFor(value: Json, attacks: readonly TextAttack[]): fc.Arbitrary<Replacement> {
  const wrong = wrongTypeFor(value);
  switch (typeOf(value)) {
    case "string":
      return fc.oneof(
        {
          weight: 4,
          arbitrary: hostileText(value as string, attacks, TOO_LONG).map(({ value: text, attack }) => ({
            replacement: text,
            label: `text (${attack})`,
          })),
        },
        {
          weight: 1,
          arbitrary: fc
            .constantFrom("\u0000", "\u0007", "\u001b[31m")
            .map((char) => ({ replacement: rawMarker(`"a${char}b"`), label: "raw control character in a string", bodyLevel: true })),
        },
        { weight: 2, arbitrary: wrong },
      );
    case "number":
      return fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...BAD_NUMBERS).map((raw) => ({ replacement: rawMarker(raw), label: `number ${raw}` })) },
        {
          weight: 1,
          arbitrary: fc
            .constantFrom(...NOT_JSON_NUMBERS)
            .map((raw) => ({ replacement: rawMarker(raw), label: `not JSON: ${raw}`, bodyLevel: true })),
        },
        { weight: 2, arbitrary: wrong },
      );
    default:
      return wrong;
  }
}

type Edit = { label: string; where: Segment[] | "body"; apply: (copy: Json) => void };

export function setAt(root: Json, path: readonly Segment[], value: Json): void {
  let node = root as Record<string, Json>;
  for (const segment of path.slice(0, -1)) node = node[segment as string] as Record<string, Json>;
  setOwn(node, String(path[path.length - 1]), value);
}

function getAt(root: Json, path: readonly Segment[]): Json {
  let node = root;
  for (const segment of path) node = (node as Record<string, Json>)[segment as string] as Json;
  return node;
}

function editsFor(node: Node, attacks: readonly TextAttack[]): fc.Arbitrary<Edit> {
  const { path, value } = node;
  const replace = replacementFor(value, attacks).map(({ replacement, label, bodyLevel }): Edit => ({
    label: `${label} at ${path.join(".")}`,
    where: bodyLevel ? "body" : path,
    apply: (copy) => setAt(copy, path, replacement),
  }));
  const unknownKey = fc.tuple(hostileKey, fc.constantFrom<Json>(1, "x", null, { polluted: true }, [])).map(([key, extra]): Edit => ({
    label: `unknown key ${JSON.stringify(key)} in ${path.join(".") || "(root)"}`,
    where: path,
    apply: (copy) => setOwn(getAt(copy, path) as object, key, extra),
  }));
  const addEntry = fc.constantFrom<Json>(null, 7, "\u0000", rawMarker(deepArray)).map((entry): Edit => ({
    label: `bad entry in ${path.join(".")}`,
    where: path,
    apply: (copy) => (getAt(copy, path) as Json[]).push(entry),
  }));
  const tooMany = fc.constant<Edit>({
    label: `too many entries in ${path.join(".")}`,
    where: path,
    apply: (copy) => {
      const list = getAt(copy, path) as Json[];
      const entry = list[0] ?? null;
      for (let i = list.length; i <= 2000; i += 1) list.push(entry);
    },
  });
  if (path.length === 0) return unknownKey;
  if (Array.isArray(value)) return fc.oneof(replace, addEntry, tooMany);
  if (value !== null && typeof value === "object") return fc.oneof({ weight: 2, arbitrary: unknownKey }, { weight: 1, arbitrary: replace });
  return replace;
}

/** `valid` broken at one node chosen uniformly among all its nodes. */
export function brokenAtOneNode(valid: fc.Arbitrary<Json>, attacks: readonly TextAttack[]): fc.Arbitrary<HostileBody> {
  return valid.chain((document) => {
    const nodes = nodesOf(document);
    return fc
      .nat({ max: nodes.length - 1 })
      .chain((index) => editsFor(nodes[index]!, attacks))
      .map((edit) => {
        const copy = structuredClone(document);
        edit.apply(copy);
        return { label: edit.label, body: serialise(copy), where: edit.where };
      });
  });
}

/** `valid` with 1 MB of text in one of its strings (its first key when it has none). */
export function withHugeText(valid: fc.Arbitrary<Json>): fc.Arbitrary<HostileBody> {
  return fc.tuple(valid, fc.nat(), hugeText).map(([document, pick, huge]) => {
    const strings = nodesOf(document).filter((node) => typeof node.value === "string");
    const path = strings.length > 0 ? strings[pick % strings.length]!.path : [Object.keys(document ?? {})[0] ?? "x"];
    const copy = structuredClone(document);
    setAt(copy, path, huge);
    return { label: `1 MB of ${JSON.stringify(huge[0])} at ${path.join(".")}`, body: serialise(copy), where: path };
  });
}
