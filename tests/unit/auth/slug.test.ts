import { describe, expect, it } from "vitest";
import { isSlugShaped, slugify } from "@/lib/organizations/slug";

describe("slugify", () => {
  it.each([
    ["Northwind Revenue Ops", "northwind-revenue-ops"],
    ["Łódź Logistics", "lodz-logistics"],
    ["Zoë & Müller GmbH", "zoe-muller-gmbh"],
    ["Straße Ørsted", "strasse-orsted"],
    ["東京", "org"],
    ["  --  ", "org"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("keeps slugs short", () => {
    expect(slugify("a".repeat(100)).length).toBeLessThanOrEqual(40);
  });
});

describe("isSlugShaped", () => {
  it("accepts what slugify makes and nothing a query should see", () => {
    for (const name of ["Northwind Revenue Ops", "東京", "a".repeat(100)]) expect(isSlugShaped(slugify(name))).toBe(true);
    expect(isSlugShaped("acme-2")).toBe(true);
    for (const bad of ["", "a\u0000b", "Acme", "a b", "a/b", "x".repeat(101), "%00", null, 42])
      expect(isSlugShaped(bad), String(bad)).toBe(false);
  });
});
