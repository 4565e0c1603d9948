import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/organizations/slug";

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
