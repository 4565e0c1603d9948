import { describe, expect, it } from "vitest";
import { explainStartFailure } from "@/lib/db/embedded-postgres";

describe("explainStartFailure", () => {
  it("turns PostgreSQL's own words into one actionable line", () => {
    expect(explainStartFailure('LOG: could not bind IPv4 address "127.0.0.1": Address already in use', "/d", 5)).toMatch(
      /^Port 5 is already in use/,
    );
    expect(explainStartFailure('FATAL:  lock file "postmaster.pid" already exists', "/d", 5)).toMatch(
      /^Another PostgreSQL is already running on \/d/,
    );
    expect(explainStartFailure('FATAL:  data directory "/d" has invalid permissions', "/d", 5)).toMatch(
      /^Data directory \/d is unusable: /,
    );
    const other = explainStartFailure("2026-01-01 00:00:00 UTC [1] FATAL:  something odd\nmore", "/d", 5);
    expect(other).toBe("PostgreSQL stopped while starting: FATAL:  something odd");
  });
});
