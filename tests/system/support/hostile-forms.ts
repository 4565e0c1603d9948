/**
 * Hostile calls of one server action, made from a valid submission of its form broken in
 * one way: a field made hostile, a required field left out, an unknown field added, or an
 * argument that is not form data at all. The valid submission would store something, so
 * each break is all that stands between the call and a write.
 */
import fc from "fast-check";
import { ONE_MEGABYTE, controlChar, hostileKey, hostileText, hugeText, setOwn } from "./hostile-strings";

export interface FieldSpec {
  valid: string | (() => File);
  optional?: boolean;
  /** Several values under one name are valid (a checkbox group). */
  list?: boolean;
}

export interface FormSpec {
  /** The organization the form names, for organization actions. */
  orgSlug: string | null;
  fields: Record<string, FieldSpec>;
}

export interface HostileCall {
  label: string;
  args: unknown[];
  /** The field the form state must name, or null when a message is enough. */
  field: string | null;
}

/** Longer than any form field allows (descriptions stop at 2,000). */
const TOO_LONG = 2001;

type Entries = [string, string | File][];

function validEntries(spec: FormSpec): Entries {
  const entries: Entries = spec.orgSlug === null ? [] : [["orgSlug", spec.orgSlug]];
  for (const [name, field] of Object.entries(spec.fields))
    entries.push([name, typeof field.valid === "string" ? field.valid : field.valid()]);
  return entries;
}

function formOf(entries: Entries): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

const textFile = () => new File(["not an image, not text either"], "payload.bin", { type: "application/octet-stream" });
const svgFile = () => new File(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'], "logo.png", { type: "image/png" });
const emptyFile = () => new File([], "empty.png", { type: "image/png" });

/** A hostile value for a field whose valid value is `valid`, and what it is. */
function hostileValue(valid: string | (() => File)): fc.Arbitrary<{ value: string | File; what: string }> {
  if (typeof valid !== "string") {
    return fc.oneof(
      fc.constantFrom(textFile, svgFile, emptyFile).map((make) => ({ value: make(), what: `file ${make().name}` })),
      controlChar.map((char) => ({ value: `logo.png${char}`, what: "text instead of a file" })),
    );
  }
  return fc.oneof(
    {
      weight: 6,
      arbitrary: hostileText(valid, ["control", "nul", "tooLong"], TOO_LONG).map(({ value, attack }) => ({
        value,
        what: `text (${attack})`,
      })),
    },
    { weight: 1, arbitrary: fc.constant({ value: textFile(), what: "a file instead of text" }) },
  );
}

function breakField(spec: FormSpec): fc.Arbitrary<{ entries: Entries; label: string; field: string | null }> {
  const names = [...(spec.orgSlug === null ? [] : ["orgSlug"]), ...Object.keys(spec.fields)];
  if (names.length === 0) return breakByUnknownKey(spec);
  const fieldOf = (name: string) => (name === "orgSlug" ? null : name);
  const hostile = fc.constantFrom(...names).chain((name) =>
    hostileValue(name === "orgSlug" ? spec.orgSlug! : spec.fields[name]!.valid).map(({ value, what }) => ({
      entries: validEntries(spec).map(([n, v]): [string, string | File] => [n, n === name ? value : v]),
      label: `${name}: ${what}`,
      field: fieldOf(name),
    })),
  );
  const scalar = names.filter((name) => name === "orgSlug" || !spec.fields[name]!.list);
  const repeated = fc.constantFrom(...scalar).map((name) => {
    const entries = validEntries(spec);
    return { entries: [...entries, entries.find(([n]) => n === name)!], label: `${name} twice`, field: fieldOf(name) };
  });
  const required = names.filter((name) => name === "orgSlug" || !spec.fields[name]!.optional);
  const missing =
    required.length === 0
      ? hostile
      : fc
          .constantFrom(...required)
          .map((name) => ({ entries: validEntries(spec).filter(([n]) => n !== name), label: `${name} missing`, field: fieldOf(name) }));
  return fc.oneof(
    { weight: 5, arbitrary: hostile },
    { weight: 1, arbitrary: repeated },
    { weight: 1, arbitrary: missing },
    { weight: 2, arbitrary: breakByUnknownKey(spec) },
  );
}

/**
 * Field names the multipart layer carries intact. Next's parser (busboy) refuses control
 * characters in a part header before any app code runs ("Malformed part header"), and a
 * name ending in a backslash escapes its closing quote, so the part never arrives: both are
 * the framework's to answer and are sent by the protocol-level test instead.
 */
export const MULTIPART_UNSAFE_NAME = /[\u0000-\u001f\u007f"\\]/;
const formFieldName = hostileKey.filter((key) => !MULTIPART_UNSAFE_NAME.test(key));

/** An unknown field; strict schemas report it as a problem of the form as a whole. */
function breakByUnknownKey(spec: FormSpec) {
  return fc.tuple(formFieldName, fc.constantFrom("1", "", "x".repeat(100), "\u0000")).map(([key, value]) => ({
    entries: [...validEntries(spec), [key, value] as [string, string]],
    label: `unknown field ${JSON.stringify(key)}`,
    field: "form" as string | null,
  }));
}

const DEEP = 1000;
function nested(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** What arrives where the form data should be, encoded as React encodes any argument. */
function notAForm(spec: FormSpec): fc.Arbitrary<{ value: unknown; what: string }> {
  const asObject = () => {
    const fields: Record<string, unknown> = Object.fromEntries(validEntries(spec));
    setOwn(fields, "__proto__", { polluted: true });
    setOwn(fields, "constructor", { prototype: { polluted: true } });
    return fields;
  };
  return fc
    .constantFrom<[string, () => unknown]>(
      ["a string", () => "orgSlug=x&name=y"],
      ["a number", () => 42],
      ["NaN", () => Number.NaN],
      ["Infinity", () => Number.POSITIVE_INFINITY],
      ["-0", () => -0],
      ["a bigint", () => 10n ** 30n],
      ["null", () => null],
      ["undefined", () => undefined],
      ["true", () => true],
      ["a date", () => new Date(8.64e15)],
      ["a map", () => new Map([["__proto__", "x"]])],
      ["a set", () => new Set(["x"])],
      ["an object with the form's fields and prototype keys", asObject],
      ["a list holding the form", () => [formOf(validEntries(spec))]],
      [`${DEEP} levels of lists`, () => nested(DEEP)],
    )
    .map(([what, make]) => ({ value: make(), what }));
}

const previousState = fc.constantFrom<unknown>({ ok: false }, { ok: true }, null, "state", [1, 2]);

export function hostileCalls(spec: FormSpec): fc.Arbitrary<HostileCall> {
  const brokenForm = fc
    .tuple(previousState, breakField(spec))
    .map(([state, broken]): HostileCall => ({ label: broken.label, args: [state, formOf(broken.entries)], field: broken.field }));
  const wrongArgument = fc
    .tuple(previousState, notAForm(spec))
    .map(([state, { value, what }]): HostileCall => ({ label: `${what} instead of form data`, args: [state, value], field: null }));
  const wrongCount = fc
    .constantFrom<[string, unknown[]]>(["no arguments", []], ["only a state", [{ ok: false }]])
    .map(([label, args]): HostileCall => ({ label, args, field: null }));
  return fc.oneof({ weight: 8, arbitrary: brokenForm }, { weight: 2, arbitrary: wrongArgument }, { weight: 1, arbitrary: wrongCount });
}

/** A valid submission with 1 MB in one field: text in a text field, an image over the 1 MB logo limit in a file field. */
export function hugeCall(spec: FormSpec): fc.Arbitrary<HostileCall> {
  const names = Object.keys(spec.fields);
  return fc.tuple(hugeText, fc.nat()).map(([huge, pick]): HostileCall => {
    // Outside form data React's reply decoder stops a string of a million characters itself (and NUL,
    // JSON-escaped, takes 6 bytes): 1 MB of two-byte characters is what reaches the app.
    if (names.length === 0)
      return { label: "1 MB of text instead of form data", args: [{ ok: false }, "é".repeat(ONE_MEGABYTE / 2)], field: null };
    const name = names[pick % names.length]!;
    const isFile = typeof spec.fields[name]!.valid !== "string";
    const value = isFile ? new File([PNG_SIGNATURE, new Uint8Array(1024 * 1024)], "huge.png", { type: "image/png" }) : huge;
    const entries = validEntries(spec).map(([n, v]): [string, string | File] => [n, n === name ? value : v]);
    return { label: `${name}: 1 MB of ${isFile ? "PNG" : JSON.stringify(huge[0])}`, args: [{ ok: false }, formOf(entries)], field: name };
  });
}

const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
