import { describe, expect, it } from "vitest";
import { findJsonFault, parseJsonText } from "@/lib/readiness";

describe("parseJsonText", () => {
  it("parses JSON, ignoring a byte-order mark", () => {
    expect(parseJsonText('\uFEFF{"a":[1,true,null,"x"]}')).toEqual({ ok: true, value: { a: [1, true, null, "x"] } });
  });

  it("calls blank input empty", () => {
    expect(parseJsonText(" \n\t")).toEqual({ ok: false, message: "is empty" });
  });

  it.each([
    ['{"a":}', 'line 1, column 6: unexpected character "}"'],
    ['{\n  "a": 1,\n}', "line 3, column 1: expected a property name in double quotes"],
    ['{"a" 1}', "line 1, column 6: expected ':' after a property name"],
    ["[1, 2", "line 1, column 6: unexpected end of input"],
    ['{"a": 1} x', "line 1, column 10: unexpected text after the JSON value"],
    ["{'a': 1}", "line 1, column 2: expected a property name in double quotes"],
    ['{"a": "x\ny"}', "line 1, column 9: control character inside a string"],
    ['{"a": "\\q"}', "line 1, column 8: invalid escape sequence"],
    ['{"a": 01}', "line 1, column 8: expected ',' or '}'"],
    ["[tru]", 'line 1, column 2: unexpected character "t"'],
    ["<html>", 'line 1, column 1: unexpected character "<"'],
  ])("%j fails at %s", (text, where) => {
    expect(parseJsonText(text)).toEqual({ ok: false, message: `is not valid JSON: ${where}` });
  });

  it("agrees with JSON.parse on valid documents", () => {
    for (const text of ["0", '""', "[]", "{}", '{"a":{"b":[[],{}]}}', "-1.5e+3", ' [ "\\u00e9\\n" ] ']) {
      expect(findJsonFault(text)).toBeNull();
      expect(parseJsonText(text)).toEqual({ ok: true, value: JSON.parse(text) as unknown });
    }
  });
});
