import { describe, expect, it } from "vitest";
import { SPLIT_FROM_PAGES, splitPages } from "@/lib/reports/split";

const covers = (ranges: { from: number; to: number }[], count: number) => {
  let next = 0;
  for (const range of ranges) {
    expect(range.from).toBe(next);
    expect(range.to).toBeGreaterThanOrEqual(range.from);
    next = range.to;
  }
  expect(next).toBe(count);
};

describe("splitPages", () => {
  it("keeps a short report in one part", () => {
    const ranges = splitPages(Array(SPLIT_FROM_PAGES - 1).fill(1), 2);
    expect(ranges).toEqual([
      { from: 0, to: SPLIT_FROM_PAGES - 1 },
      { from: SPLIT_FROM_PAGES - 1, to: SPLIT_FROM_PAGES - 1 },
    ]);
  });

  it("splits equal pages in the middle", () => {
    expect(splitPages(Array(40).fill(10), 2)).toEqual([
      { from: 0, to: 20 },
      { from: 20, to: 40 },
    ]);
  });

  it("splits by weight, not by page count", () => {
    // Ten heavy pages then thirty light ones: the heavy pages carry half the weight.
    const weights = [...Array(10).fill(30), ...Array(30).fill(10)];
    const [first, second] = splitPages(weights, 2);
    expect(first).toEqual({ from: 0, to: 10 });
    expect(second).toEqual({ from: 10, to: 40 });
  });

  it("covers every page once, in order, for any weights and part count", () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const count = SPLIT_FROM_PAGES + (seed % 60);
      const weights = Array.from({ length: count }, (_, i) => ((seed * 7919 + i * 104729) % 97) * (i % 5 === 0 ? 10 : 1));
      const parts = 1 + (seed % 4);
      const ranges = splitPages(weights, parts);
      expect(ranges).toHaveLength(parts);
      covers(ranges, count);
      // Every part gets at least one page when there are enough pages.
      for (const range of ranges) expect(range.to).toBeGreaterThan(range.from);
    }
  });

  it("gives one page to the first part when that page outweighs the rest", () => {
    const ranges = splitPages([1000, ...Array(30).fill(1)], 2);
    covers(ranges, 31);
    expect(ranges[0]).toEqual({ from: 0, to: 1 });
  });
});
