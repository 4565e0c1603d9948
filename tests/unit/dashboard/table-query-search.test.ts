import { describe, expect, it } from "vitest";
import { activeFilters, withoutFilters } from "@/lib/dashboard/active-filters";
import { parseTableQuery, toSearchParams } from "@/lib/dashboard/table-query";

const roundTrip = (text: string) => parseTableQuery(Object.fromEntries(new URLSearchParams(text.slice(1))));

describe("the table query's search and archived toggle", () => {
  it("reads a trimmed search and the archived flag, and writes them back", () => {
    const query = parseTableQuery({ q: "  Lead intake ", archived: "1", sort: "lastChange", dir: "desc" });
    expect(query).toMatchObject({ q: "Lead intake", archived: true, sort: "lastChange", dir: "desc" });
    expect(roundTrip(toSearchParams(query))).toEqual(query);
  });

  it("falls back to no search for blank, repeated or overlong text instead of failing", () => {
    expect(parseTableQuery({ q: "   " }).q).toBeUndefined();
    expect(parseTableQuery({ q: "x".repeat(10_000) }).q).toBeUndefined();
    expect(parseTableQuery({ q: ["first", "second"] }).q).toBe("first");
    expect(parseTableQuery({ archived: "yes" }).archived).toBeUndefined();
    expect(parseTableQuery({ page: "1e9", sort: ["name", "owner"], dir: "sideways", owner: "" })).toMatchObject({
      page: 100_000,
      sort: "name",
      dir: "asc",
      owner: undefined,
    });
  });

  it("keeps wildcards and quotes as typed: the query layer escapes them", () => {
    expect(parseTableQuery({ q: "50%_off' OR 1=1" }).q).toBe("50%_off' OR 1=1");
  });

  it("shows the search as a removable chip; clearing all keeps the archived toggle", () => {
    const query = parseTableQuery({ q: "refund", verdict: "blocked", archived: "1" });
    const chips = activeFilters(query, []);
    expect(chips.map((chip) => chip.label)).toEqual(["Name contains: “refund”", "Verdict: Blocked"]);
    expect(chips[0]!.without).toMatchObject({ q: undefined, verdict: "blocked", archived: true, page: 1 });
    expect(withoutFilters(query)).toMatchObject({ q: undefined, verdict: undefined, archived: true });
  });
});
