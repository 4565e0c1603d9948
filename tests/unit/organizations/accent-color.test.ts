import { describe, expect, it } from "vitest";
import { ACCENT_COLOR_ERROR, accentColorError } from "@/lib/organizations/accent-color";
import { brandingSchema } from "@/lib/organizations/schema";

const valid = { name: "Acme", paperSize: "A4", dateFormat: "day_month_year" };

describe("the accent colour's rule, in the browser and on the server", () => {
  it.each(["#1d4ed8", "#ABCDEF", " #0f766e ", "#1d4ed", "1d4ed8", "#1d4ed8f", "#gggggg", ""])("agrees with the server on %j", (value) => {
    const server = brandingSchema.safeParse({ ...valid, accentColor: value });
    expect(accentColorError(value)).toBe(server.success ? null : ACCENT_COLOR_ERROR);
    if (!server.success) expect(server.error.issues.map((issue) => issue.message)).toContain(ACCENT_COLOR_ERROR);
  });

  it("refuses a date format the app does not know", () => {
    const parsed = brandingSchema.safeParse({ ...valid, accentColor: "#1d4ed8", dateFormat: "locale" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["dateFormat"]);
  });
});
