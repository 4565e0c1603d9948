import { describe, expect, it } from "vitest";
import { ACTIONS, can, ROLES } from "@/lib/auth/roles";

describe("can(role, action)", () => {
  it("gives owners everything", () => {
    for (const action of ACTIONS) expect(can("owner", action)).toBe(true);
  });

  it("keeps viewers read-only: no write, no member management", () => {
    expect(can("viewer", "projects:read")).toBe(true);
    expect(can("viewer", "reports:export")).toBe(true);
    for (const action of ["projects:write", "assessments:write", "members:manage", "organization:update"])
      expect(can("viewer", action)).toBe(false);
  });

  it("lets editors write assessments but not manage members", () => {
    expect(can("editor", "assessments:write")).toBe(true);
    expect(can("editor", "members:manage")).toBe(false);
  });

  it("refuses unknown roles and unknown actions", () => {
    for (const role of [undefined, null, "", "admin", "OWNER", 1, {}]) expect(can(role, "projects:read")).toBe(false);
    for (const role of ROLES) {
      expect(can(role, "projects:delete-everything")).toBe(false);
      expect(can(role, undefined)).toBe(false);
    }
  });
});
