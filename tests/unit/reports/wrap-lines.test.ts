/**
 * Line breaking of the text the report draws itself (table rows, running header and
 * footer): with a fixed-width measure, where each character is one point wide, and with
 * the report's real fonts.
 */
import { describe, expect, it } from "vitest";
import { clampedLines, drawnLines, measureText } from "@/lib/reports/drawn-text";
import { wrapLines } from "@/lib/reports/wrap-lines";

const mono = (text: string) => [...text].length;
const BODY = { fontSize: 8.5, lineHeight: 1.35, fontWeight: 400 } as const;

describe("wrapLines", () => {
  it("fills each line greedily and breaks at spaces", () => {
    expect(wrapLines("one two three four", 9, mono)).toEqual(["one two", "three", "four"]);
    expect(wrapLines("one two three four", 100, mono)).toEqual(["one two three four"]);
  });

  it("keeps the text's words and their order, with single spaces", () => {
    const text = "Owning  system wins; later edits   queue for review";
    const lines = wrapLines(text, 12, mono);
    expect(lines.join(" ")).toBe(text.replace(/ +/g, " "));
    expect(Math.max(...lines.map(mono))).toBeLessThanOrEqual(12);
  });

  it("cuts a word wider than the column into column-wide parts, without a hyphen", () => {
    expect(wrapLines("id 0123456789abcdef end", 6, mono)).toEqual(["id", "012345", "6789ab", "cdef", "end"]);
  });

  it("lets a CJK sentence break between any two characters", () => {
    expect(wrapLines("東京の顧客管理システム", 4, mono)).toEqual(["東京の顧", "客管理シ", "ステム"]);
    expect(wrapLines("Tokyo 東京支店", 7, mono)).toEqual(["Tokyo 東", "京支店"]);
  });

  it("starts a new line at each newline, and keeps an empty paragraph as an empty line", () => {
    expect(wrapLines("first\n\nthird", 20, mono)).toEqual(["first", "", "third"]);
    expect(wrapLines("", 20, mono)).toEqual([""]);
  });
});

describe("drawn text in the report's fonts", () => {
  it("measures with the fonts' advance widths: semi-bold wider, CJK a full em", () => {
    const regular = measureText("Mapping sheet", BODY);
    expect(regular).toBeGreaterThan(40);
    expect(regular).toBeLessThan(70);
    expect(measureText("Mapping sheet", { ...BODY, fontWeight: 600 })).toBeGreaterThan(regular);
    expect(measureText("東京", BODY)).toBeCloseTo(2 * BODY.fontSize, 0);
  });

  it("never lets a line run past its column", () => {
    const text = "Status (set of states) · One-way · Owning system wins; later edits queue for review · Łódź · Αθήνα · Москва";
    for (const width of [30, 60, 120]) {
      const lines = drawnLines(text, width, BODY);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(measureText(line, BODY)).toBeLessThanOrEqual(width);
    }
  });

  it("ends a clamped text's last line in an ellipsis that still fits", () => {
    const name = "Northwind Consulting Group International Holdings for the Greater Metropolitan Area";
    const lines = clampedLines(name, 100, BODY, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(measureText(lines[1]!, BODY)).toBeLessThanOrEqual(100);
    expect(clampedLines("Northwind", 100, BODY, 2)).toEqual(["Northwind"]);
  });
});
