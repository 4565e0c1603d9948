import { describe, expect, it } from "vitest";
import { migrationsApplied } from "@/lib/health/migrations-applied";

describe("migrations applied", () => {
  it("holds when every shipped migration is applied, also with newer ones applied", () => {
    expect(migrationsApplied(["001_a", "002_b"], ["002_b", "001_a"])).toBe(true);
    expect(migrationsApplied(["001_a"], ["001_a", "002_b"])).toBe(true);
  });

  it("fails when one shipped migration is missing", () => {
    expect(migrationsApplied(["001_a", "002_b"], ["001_a"])).toBe(false);
    expect(migrationsApplied(["001_a"], [])).toBe(false);
  });
});
