import { describe, expect, it } from "vitest";
import { containsPattern, prefixPattern } from "@/lib/search/like";

describe("LIKE patterns", () => {
  it("escapes the user's wildcards and backslashes", () => {
    expect(containsPattern("50%_off\\x")).toBe("%50\\%\\_off\\\\x%");
    expect(prefixPattern("a_b")).toBe("a\\_b%");
  });

  it("leaves quotes alone: the text is a bound parameter, never SQL", () => {
    expect(containsPattern("o'brien")).toBe("%o'brien%");
  });
});
