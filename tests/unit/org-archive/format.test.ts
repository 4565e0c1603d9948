import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ARCHIVE_LIMITS, organizationArchiveSchema, type OrganizationArchive } from "@/lib/org-archive/format";
import { readArchive } from "@/lib/org-archive/read-archive";
import { mapStrings, RefAllocator } from "@/lib/org-archive/refs";

const AT = "2026-12-01T09:00:00.000Z";

function archive(): OrganizationArchive {
  return {
    format: "preflight-organization",
    version: 1,
    exportedAt: AT,
    source: { instance: "a.example", migration: "20261205190000_remediation_plans", rulesetVersions: ["1.0.0"] },
    organization: {
      ref: "ref:1",
      name: "Acme",
      slug: "acme",
      accentColor: "#1d4ed8",
      paperSize: "A4",
      dateFormat: "day_month_year",
      logo: null,
      createdAt: AT,
    },
    members: [{ ref: "ref:2", email: "a@example.test", name: "A", role: "owner", joinedAt: AT }],
    projects: [
      {
        ref: "ref:3",
        name: "Refunds",
        description: "",
        systems: [],
        owner: "a@example.test",
        archivedAt: null,
        createdAt: AT,
        updatedAt: AT,
        draft: { ref: "ref:4", answers: {}, scores: {}, revision: 0, updatedBy: null, createdAt: AT, updatedAt: AT },
        snapshots: [],
        plan: null,
      },
    ],
    auditEvents: [
      { action: "project.created", entityType: "project", entity: "ref:3", project: "ref:3", actor: null, changes: {}, createdAt: AT },
    ],
  };
}

const member = (i: number) => ({ ref: `ref:${i + 10}`, email: `m${i}@example.test`, name: "M", role: "viewer" as const, joinedAt: AT });
const reasonOf = async (value: unknown) => {
  try {
    await readArchive(gzipSync(JSON.stringify(value)));
    return "accepted";
  } catch (error) {
    return (error as Error).message;
  }
};

describe("the organization archive schema", () => {
  it("accepts a well-formed archive", () => {
    expect(organizationArchiveSchema.safeParse(archive()).success).toBe(true);
  });

  it("takes an archive without a date format (written before it existed) with the default, and refuses an unknown one", () => {
    const { dateFormat: _left, ...older } = archive().organization;
    const parsed = organizationArchiveSchema.safeParse({ ...archive(), organization: older });
    expect(parsed.success && parsed.data.organization.dateFormat).toBe("day_month_year");
    expect(organizationArchiveSchema.safeParse({ ...archive(), organization: { ...older, dateFormat: "klingon" } }).success).toBe(false);
  });

  it("reads version 1 (no plan) and version 2 (a draft with its integration plan)", () => {
    expect(organizationArchiveSchema.safeParse(archive()).success).toBe(true);
    const [project] = archive().projects;
    const withPlan = { ...project!, draft: { ...project!.draft, plan: { kpis: [{ name: "Handle time" }] } } };
    expect(organizationArchiveSchema.safeParse({ ...archive(), version: 2, projects: [withPlan] }).success).toBe(true);
  });

  it("refuses another format, another version, unknown keys and malformed refs", () => {
    for (const broken of [
      { ...archive(), format: "preflight.assessment/v1" },
      { ...archive(), version: 3 },
      { ...archive(), passwordHash: "x" },
      { ...archive(), organization: { ...archive().organization, ref: "1" } },
      { ...archive(), exportedAt: "yesterday" },
    ])
      expect(organizationArchiveSchema.safeParse(broken).success).toBe(false);
  });

  it("bounds every list", () => {
    const members = Array.from({ length: ARCHIVE_LIMITS.members + 1 }, (_, i) => member(i));
    const result = organizationArchiveSchema.safeParse({ ...archive(), members });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(`Use at most ${ARCHIVE_LIMITS.members} entries.`);
  });
});

describe("reading an archive file", () => {
  it("returns the checked archive", async () => {
    await expect(readArchive(gzipSync(JSON.stringify(archive())))).resolves.toMatchObject({ organization: { name: "Acme" } });
  });

  it("names the problem in one line", async () => {
    expect(await reasonOf({ ...archive(), version: 3 })).toMatch(/format version 3, newer than this Preflight reads \(2\)/);
    expect(await reasonOf({ ...archive(), format: "zip" })).toMatch(/not a Preflight organization archive/);
    expect(await reasonOf({ ...archive(), members: [member(1), { ...member(2), email: "M1@example.test" }] })).toMatch(/listed twice/);
    expect(
      await reasonOf({ ...archive(), auditEvents: [{ ...archive().auditEvents[0], changes: { name: "no before or after" } }] }),
    ).toMatch(/auditEvents\[0\]\.changes/);
    expect(await reasonOf({ ...archive(), members: "everyone" })).toMatch(/^This archive cannot be imported: members: /);
  });
});

describe("archive refs", () => {
  it("gives each id one ref, and knows only the ids it gave out", () => {
    const refs = new RefAllocator();
    expect([refs.ref("a"), refs.ref("b"), refs.ref("a")]).toEqual(["ref:1", "ref:2", "ref:1"]);
    expect(refs.known("b")).toBe("ref:2");
    expect(refs.known("c")).toBeUndefined();
  });

  it("maps every string leaf of a JSON value, keys untouched", () => {
    const mapped = mapStrings({ ownerId: { before: "x", after: ["x", 1, null] } }, (s) => (s === "x" ? "y" : s));
    expect(mapped).toEqual({ ownerId: { before: "y", after: ["y", 1, null] } });
  });
});
