/**
 * Hostile request bodies at the level of the text itself: not JSON, not UTF-8, not an
 * object, too deep, too large, or valid JSON whose duplicate key smuggles in a bad value.
 * Built from a valid body so that anything short of a refusal would store something.
 */
import fc from "fast-check";
import { DEEP, nodesOf, rawMarker, serialise, setAt, type HostileBody, type Json } from "./hostile-json";

/** The request-size cap of the JSON routes, and a body just over it. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** Byte sequences no UTF-8 decoder may accept: a CESU-encoded surrogate, an overlong NUL, a stray continuation, a cut sequence. */
const INVALID_UTF8 = [
  [0xed, 0xa0, 0x80],
  [0xc0, 0x80],
  [0xff],
  [0x80],
  [0xe2, 0x82],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
];

const NOT_OBJECTS = [
  "null",
  "[]",
  '"text"',
  "42",
  "true",
  "1e309",
  `${"[".repeat(DEEP)}${"]".repeat(DEEP)}`,
  `${'{"a":'.repeat(DEEP)}null${"}".repeat(DEEP)}`,
];
const NOT_JSON = [
  "",
  " ",
  "{",
  "}",
  "{'a':1}",
  '{"a":1,}',
  "// comment\n{}",
  "{a:1}",
  '{"a":undefined}',
  '{"a":NaN}',
  '{"a":Infinity}',
  "\u0000",
  "\ufeff\ufeff{}",
  '"\\ud800',
  '{"a":"\\x41"}',
  '{"a":"\\u12"}',
];

function stringKeys(value: Json): string[] {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];
}

/** The valid body with invalid UTF-8 bytes inside one of its strings (the first key's value when it has none). */
function withInvalidUtf8(document: Json, pick: number, bytes: number[]): Uint8Array<ArrayBuffer> {
  const strings = nodesOf(document).filter((node) => typeof node.value === "string");
  const path = strings.length > 0 ? strings[pick % strings.length]!.path : [stringKeys(document)[0] ?? "x"];
  const copy = structuredClone(document);
  setAt(copy, path, rawMarker('"\uE001"'));
  const [before, after] = serialise(copy).split("\uE001") as [string, string];
  return new Uint8Array(Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]));
}

export function hostileRawBodies(valid: fc.Arbitrary<Json>): fc.Arbitrary<HostileBody> {
  const truncated = valid.chain((document) => {
    const text = serialise(document);
    return fc
      .nat({ max: text.length - 1 })
      .map((cut): HostileBody => ({ label: `cut at ${cut}`, body: text.slice(0, cut), where: "body" }));
  });
  const notJson = fc
    .oneof(
      fc.constantFrom(...NOT_JSON),
      fc.string({ unit: "binary", maxLength: 40 }).filter((text) => !isJson(text)),
    )
    .map((text): HostileBody => ({ label: `not JSON: ${JSON.stringify(text.slice(0, 30))}`, body: text, where: "body" }));
  const notObject = fc
    .constantFrom(...NOT_OBJECTS)
    .map((text): HostileBody => ({ label: `not an object: ${text.slice(0, 12)}`, body: text, where: "body" }));
  const badBytes = fc.tuple(valid, fc.nat(), fc.constantFrom(...INVALID_UTF8)).map(([document, pick, bytes]): HostileBody => ({
    label: `invalid UTF-8 ${bytes.map((b) => b.toString(16)).join(" ")}`,
    body: withInvalidUtf8(document, pick, bytes),
    where: "body",
  }));
  // JSON.parse keeps the last of two equal keys: a valid first value must not vouch for a bad second one.
  const duplicateKey = fc.tuple(valid, fc.constantFrom("null", '"\\u0000"', "1e309", "[[[]]]")).map(([document, bad]): HostileBody => {
    const text = serialise(document);
    const key = stringKeys(document)[0] ?? "x";
    return { label: `duplicate key ${key} = ${bad}`, body: `${text.slice(0, -1)},${JSON.stringify(key)}:${bad}}`, where: [key] };
  });
  return fc.oneof(truncated, notJson, notObject, badBytes, duplicateKey);
}

/** As the server reads it: one leading byte-order mark is allowed. */
function isJson(text: string): boolean {
  try {
    JSON.parse(text.replace(/^\ufeff/, ""));
    return true;
  } catch {
    return false;
  }
}

/** A body just over the cap: a valid document padded with white space, which the server must refuse unread. */
export function oversizedBody(valid: Json): HostileBody {
  const text = serialise(valid);
  return { label: "over 8 MB", body: `${text}${" ".repeat(MAX_BODY_BYTES + 1 - text.length)}`, where: "body", status: 413 };
}
