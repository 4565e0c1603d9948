/**
 * JSON text → value, with a human error that says where parsing failed ("line 3,
 * column 7: expected ',' or '}'"). V8's own messages sometimes carry no position and
 * sometimes quote the input, so on failure a small scanner re-reads the text to find
 * the first offending character. Pure; used by the CLI and by JSON import in the app.
 */

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; message: string };

interface JsonFault {
  offset: number;
  problem: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const LITERALS = ["true", "false", "null"] as const;

/** Index just past the closing quote of the string starting at `start`, or a fault. */
function scanString(text: string, start: number): number | JsonFault {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { offset: i, problem: "control character inside a string" };
    if (code === 0x5c) {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return { offset: i, problem: "invalid escape sequence" };
      i = ESCAPE.lastIndex;
      continue;
    }
    i += 1;
  }
  return { offset: start, problem: "string is never closed" };
}

function describeChar(char: string): string {
  return `unexpected character ${JSON.stringify(char)}`;
}

type Expect = "value" | "valueOrClose" | "key" | "keyOrClose" | "colon" | "commaOrClose" | "end";

/** The first syntax fault in `text`, or null if the scanner finds none. Iterative: deep nesting cannot overflow. */
export function findJsonFault(text: string): JsonFault | null {
  const stack: string[] = [];
  let expect: Expect = "value";
  let i = 0;
  const afterValue = (): Expect => (stack.length === 0 ? "end" : "commaOrClose");
  for (;;) {
    while (i < text.length && " \t\n\r".includes(text.charAt(i))) i += 1;
    if (i >= text.length) return expect === "end" ? null : { offset: i, problem: "unexpected end of input" };
    const char = text.charAt(i);
    if (expect === "end") return { offset: i, problem: "unexpected text after the JSON value" };
    if (expect === "colon") {
      if (char !== ":") return { offset: i, problem: "expected ':' after a property name" };
      i += 1;
      expect = "value";
      continue;
    }
    if (expect === "commaOrClose") {
      const open = stack[stack.length - 1];
      const close = open === "{" ? "}" : "]";
      if (char === ",") {
        i += 1;
        expect = open === "{" ? "key" : "value";
      } else if (char === close) {
        stack.pop();
        i += 1;
        expect = afterValue();
      } else {
        return { offset: i, problem: `expected ',' or '${close}'` };
      }
      continue;
    }
    if (expect === "key" || expect === "keyOrClose") {
      if (expect === "keyOrClose" && char === "}") {
        stack.pop();
        i += 1;
        expect = afterValue();
        continue;
      }
      if (char !== '"') return { offset: i, problem: "expected a property name in double quotes" };
      const end = scanString(text, i);
      if (typeof end !== "number") return end;
      i = end;
      expect = "colon";
      continue;
    }
    // A value is expected (or, right after '[', the end of the array).
    if (expect === "valueOrClose" && char === "]") {
      stack.pop();
      i += 1;
      expect = afterValue();
      continue;
    }
    if (char === "{" || char === "[") {
      stack.push(char);
      i += 1;
      expect = char === "{" ? "keyOrClose" : "valueOrClose";
      continue;
    }
    if (char === '"') {
      const end = scanString(text, i);
      if (typeof end !== "number") return end;
      i = end;
    } else if (char === "-" || (char >= "0" && char <= "9")) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return { offset: i, problem: "invalid number" };
      i = NUMBER.lastIndex;
    } else {
      const literal = LITERALS.find((word) => text.startsWith(word, i));
      if (literal === undefined) return { offset: i, problem: describeChar(char) };
      i += literal.length;
    }
    expect = afterValue();
  }
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function parseJsonText(input: string): JsonTextResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === "") return { ok: false, message: "is empty" };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, message: "is nested too deeply to read" };
    const fault = findJsonFault(text);
    if (fault === null) return { ok: false, message: "is not valid JSON" };
    const { line, column } = lineAndColumn(text, fault.offset);
    return { ok: false, message: `is not valid JSON: line ${line}, column ${column}: ${fault.problem}` };
  }
}
