/**
 * Character-level hostility shared by every target: control characters, NUL, unpaired
 * UTF-16 surrogates, oversized text and keys that mean something to JavaScript objects.
 * Each is hostile on its own, so a payload carrying one must be refused whatever else it holds.
 */
import fc from "fast-check";

/** Unicode Cc without tab, line feed and carriage return (which real text contains). */
const CONTROL_CODES = [
  ...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => code !== 0x09 && code !== 0x0a && code !== 0x0d),
  ...Array.from({ length: 0x21 }, (_, offset) => 0x7f + offset),
];

export const controlChar = fc.constantFrom(...CONTROL_CODES).map((code) => String.fromCharCode(code));

/** A high surrogate without its low half, or a low one without its high half. */
export const loneSurrogate = fc.oneof(
  fc.integer({ min: 0xd800, max: 0xdbff }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0xdc00, max: 0xdfff }).map((code) => String.fromCharCode(code)),
);

/** `base` with `bad` inserted somewhere: at either end or inside. */
function inserted(base: string, bad: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(bad, fc.nat({ max: base.length })).map(([char, at]) => `${base.slice(0, at)}${char}${base.slice(at)}`);
}

export type TextAttack = "control" | "nul" | "surrogate" | "tooLong";

/**
 * A hostile variant of a valid string. `surrogate` only where the transport can carry one
 * (JSON escapes; multipart form data turns it into U+FFFD before it leaves the client).
 */
export function hostileText(
  base: string,
  attacks: readonly TextAttack[],
  tooLongFrom: number,
): fc.Arbitrary<{ value: string; attack: TextAttack }> {
  const forAttack = (attack: TextAttack): fc.Arbitrary<string> => {
    switch (attack) {
      case "control":
        return inserted(base, controlChar);
      case "nul":
        return inserted(base, fc.constant("\u0000"));
      case "surrogate":
        // A lone surrogate next to ASCII stays lone; the bases are ASCII.
        return inserted(base, loneSurrogate);
      case "tooLong":
        return fc.integer({ min: tooLongFrom, max: tooLongFrom + 3000 }).map((length) => base.padEnd(length, "x"));
    }
  };
  return fc.constantFrom(...attacks).chain((attack) => forAttack(attack).map((value) => ({ value, attack })));
}

/** 1 MB of UTF-8 text: only a handful are sent, they are slow to build and to send. */
export const ONE_MEGABYTE = 1024 * 1024;
export const hugeText = fc.constantFrom("x", "é", "\u0000", "\u{1F600}").map((unit) => unit.repeat(ONE_MEGABYTE / Buffer.byteLength(unit)));

/** Keys that are never part of any schema, several of which mean something to JavaScript. */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype"] as const;
export const hostileKey = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "toString",
      "hasOwnProperty",
      "__defineGetter__",
      "valueOf",
      "then",
      "",
      " ",
      "\u0000",
      "\ud800",
      "a\u0007b",
      "\u202e",
    ),
  },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 12 }).map((key) => `zz${key}`) },
);

/** Sets an own property, even `__proto__` (plain assignment would replace the prototype instead). */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}
