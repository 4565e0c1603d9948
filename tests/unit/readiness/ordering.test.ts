/** The two implementations of the natural target order (in-place comparison and sort keys) must agree. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareFindings, compareTargets, evaluate, sortFindings, type Finding } from "@/lib/readiness";
import { targetSortKey } from "@/lib/readiness/engine/order";
import { validDocument } from "./arbitraries";

const segment = fc.oneof(
  fc.nat({ max: 999_999_999 }).map(String),
  fc.string({ unit: fc.constantFrom(..."0000123456789".split("")), minLength: 1, maxLength: 25 }),
  fc.constantFrom("007", "0", "10", "2"),
  fc.constantFrom("answers", "actions", "testCases", "scores", "name", "a", "ab", "A", ""),
  fc.string({ unit: fc.constantFrom(..."aZ09- !_~é".split("")), maxLength: 4 }),
);
const target = fc.array(segment, { minLength: 1, maxLength: 5 }).map((segments) => segments.join("."));
const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe("natural target order", () => {
  it("compareTargets agrees with the order of targetSortKey", () => {
    fc.assert(
      fc.property(target, target, (a, b) => {
        expect(sign(compareTargets(a, b))).toBe(sign(byCodePoint(targetSortKey(a), targetSortKey(b))));
      }),
      { numRuns: 2000 },
    );
  });

  it("compareTargets is antisymmetric and zero only for equal segment values", () => {
    fc.assert(
      fc.property(target, target, (a, b) => {
        expect(sign(compareTargets(a, b)) + sign(compareTargets(b, a))).toBe(0);
        if (a === b) expect(compareTargets(a, b)).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  it("sortFindings orders exactly as compareFindings", () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        const findings: Finding[] = evaluate(doc, { ruleset: "1.0.0" }).findings.reverse();
        expect(sortFindings(findings)).toEqual([...findings].sort(compareFindings));
      }),
      { numRuns: 200 },
    );
  });
});
