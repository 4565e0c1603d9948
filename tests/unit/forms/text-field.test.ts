import { describe, expect, it } from "vitest";
import { signUpSchema } from "@/lib/accounts/schema";
import { formRowId, formText } from "@/lib/forms/text-field";
import { brandingSchema, changeRoleSchema } from "@/lib/organizations/schema";
import { createProjectSchema, updateProjectSchema } from "@/lib/projects/schema";

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);

describe("formText", () => {
  const field = formText().trim().max(20);

  it("keeps ordinary text, tabs and line breaks", () => {
    expect(field.parse("  café\tbar\r\n ")).toBe("café\tbar");
  });

  it("refuses a control character even where trimming would have removed it", () => {
    for (const text of ["a\u0000b", "name\u000b", "\u000cname", "\u001b[31m", "x\u007f", "x\u0085"]) {
      expect(field.safeParse(text).success, JSON.stringify(text)).toBe(false);
    }
  });

  it("refuses an unpaired surrogate", () => {
    expect(errorsOf(field.safeParse("a\ud800"))).toEqual([": Remove the broken character."]);
  });
});

describe("formRowId", () => {
  it("accepts a UUID and says Missing for an empty value, not valid for anything else", () => {
    expect(formRowId().parse("0b7f3a52-1c1e-4f57-9d0e-2b8a5d2a1f00")).toBe("0b7f3a52-1c1e-4f57-9d0e-2b8a5d2a1f00");
    expect(errorsOf(formRowId().safeParse(""))).toEqual([": Missing id."]);
    for (const bad of ["a\u0000", "x".repeat(65), "../etc", "a b"])
      expect(errorsOf(formRowId().safeParse(bad))).toEqual([": This is not a valid id."]);
  });
});

describe("form schemas refuse hostile text in the field that holds it", () => {
  it("projects", () => {
    expect(errorsOf(createProjectSchema.safeParse({ name: "Lead routing", description: "ok\u000b" }))).toEqual([
      "description: Remove the control character: only line breaks and tabs are allowed.",
    ]);
    expect(errorsOf(createProjectSchema.safeParse({ name: "Lead routing", ownerId: "a\u0000" }))).toEqual([
      "ownerId: This is not a valid id.",
    ]);
    expect(createProjectSchema.parse({ name: "Lead routing", ownerId: "__none" }).ownerId).toBeNull();
    expect(createProjectSchema.parse({ name: "Lead routing", ownerId: "" }).ownerId).toBeNull();
    expect(errorsOf(updateProjectSchema.safeParse({ projectId: "p\u0000", name: "x" }))).toEqual(["projectId: This is not a valid id."]);
  });

  it("accounts", () => {
    const valid = { name: "Mallory", email: "mallory@example.com", password: "correct horse battery" };
    expect(signUpSchema.safeParse(valid).success).toBe(true);
    expect(errorsOf(signUpSchema.safeParse({ ...valid, email: "mallory@example.com\u000b" }))).toEqual([
      "email: Remove the control character: only line breaks and tabs are allowed.",
    ]);
    expect(errorsOf(signUpSchema.safeParse({ ...valid, password: "correct horse\u0000battery" }))).toEqual([
      "password: Remove the control character: only line breaks and tabs are allowed.",
    ]);
    expect(errorsOf(signUpSchema.safeParse({ ...valid, organizationName: "Mallory\u0007Co" }))).toEqual([
      "organizationName: Remove the control character: only line breaks and tabs are allowed.",
    ]);
  });

  it("organizations", () => {
    expect(errorsOf(brandingSchema.safeParse({ name: "Acme", accentColor: "#123456\u000c", paperSize: "A4", dateFormat: "iso" }))).toEqual([
      "accentColor: Remove the control character: only line breaks and tabs are allowed.",
    ]);
    expect(errorsOf(changeRoleSchema.safeParse({ membershipId: "m\u0000", role: "viewer" }))).toEqual([
      "membershipId: This is not a valid id.",
    ]);
  });
});
