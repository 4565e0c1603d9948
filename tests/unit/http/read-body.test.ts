import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { MAX_BODY_BYTES, readBodyText, readJsonBody } from "@/lib/http/read-body";

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

/** A body of `chunks` chunks of 1 MB with no declared length; counts how many were pulled. */
function streamed(chunks: number) {
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close();
      state.pulled += 1;
      controller.enqueue(new Uint8Array(1024 * 1024).fill(0x20));
    },
  });
  return { stream, state };
}

describe("readBodyText", () => {
  it("answers the text, keeping one byte-order mark for the JSON reader to judge", async () => {
    expect(await readBodyText(post("héllo \u{1F600}"))).toBe("héllo \u{1F600}");
    expect(await readBodyText(post("\ufeff{}"))).toBe("\ufeff{}");
  });

  it("refuses a declared length over the cap with a 413 before reading anything", async () => {
    const { stream, state } = streamed(1);
    const error = await refusal(readBodyText(post(stream, { "content-length": String(MAX_BODY_BYTES + 1) })));
    expect(error.code).toBe("too_large");
    expect(error.fieldErrors).toEqual({ body: ["is too large (at most 8 MB)"] });
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it("stops reading a body without a declared length as soon as it passes the cap", async () => {
    const { stream, state } = streamed(100);
    const error = await refusal(readBodyText(post(stream), "file"));
    expect(error.code).toBe("too_large");
    expect(error.message).toBe("The file is too large (at most 8 MB).");
    expect(state.pulled).toBeLessThan(12);
  });

  it("refuses bytes that are not UTF-8 instead of storing U+FFFD in their place", async () => {
    for (const bytes of [[0xed, 0xa0, 0x80], [0xc0, 0x80], [0xff], [0x80], [0xe2, 0x82]]) {
      const error = await refusal(readBodyText(post(new Uint8Array([0x22, 0x61, ...bytes, 0x22]))));
      expect(error.code).toBe("validation");
      expect(error.fieldErrors).toEqual({ body: ["is not valid UTF-8 text"] });
    }
  });
});

describe("readJsonBody", () => {
  it("says where malformed JSON breaks, naming the body", async () => {
    const error = await refusal(readJsonBody(post('{\n  "a": 1,\n}')));
    expect(error.message).toBe("The request body is not valid JSON: line 3, column 1: expected a property name in double quotes.");
    expect(Object.keys(error.fieldErrors)).toEqual(["body"]);
  });

  it("refuses an empty body, a second byte-order mark and unescaped control characters", async () => {
    for (const text of ["", "\ufeff\ufeff{}", '{"a":"\u0000"}']) expect((await refusal(readJsonBody(post(text)))).code).toBe("validation");
  });

  it("reads 1e309 as Infinity and 10,000 levels of nesting without failing: the schemas refuse them", async () => {
    expect(await readJsonBody(post('{"a":1e309}'))).toEqual({ a: Number.POSITIVE_INFINITY });
    expect(await readJsonBody(post(`${"[".repeat(10_000)}${"]".repeat(10_000)}`))).toBeInstanceOf(Array);
  });
});
