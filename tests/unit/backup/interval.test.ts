import { describe, expect, it } from "vitest";
import { parseInterval } from "@/lib/backup/interval";

describe("parseInterval", () => {
  it("reads minutes, hours and days", () => {
    expect(parseInterval("24h")).toEqual({ ok: true, ms: 86_400_000 });
    expect(parseInterval("30m")).toEqual({ ok: true, ms: 1_800_000 });
    expect(parseInterval(" 7d ")).toEqual({ ok: true, ms: 604_800_000 });
  });

  it("says why a value is refused", () => {
    expect(parseInterval("daily")).toEqual({ ok: false, reason: '"daily" is not a duration such as 30m, 24h or 7d' });
    expect(parseInterval("1m")).toMatchObject({ ok: false, reason: expect.stringMatching(/15 minutes/) });
    expect(parseInterval("30d")).toMatchObject({ ok: false, reason: expect.stringMatching(/24 days/) });
  });
});
