/**
 * The cached snapshot report is keyed on a digest of its whole input: the remediation plan,
 * read on the day of the download, is part of it, so a changed plan is a new PDF.
 */
import { describe, expect, it } from "vitest";
import { reportDigest } from "@/lib/assessments/report-cache";
import { example, planOf, snapshotInput } from "./fixtures";

describe("reportDigest", () => {
  it("differs for inputs that differ only in the remediation plan", () => {
    const base = snapshotInput(example("blocked"));
    const plan = planOf(12);
    const withPlan = { ...base, remediation: plan };
    expect(reportDigest(withPlan)).toBe(reportDigest({ ...base, remediation: planOf(12) }));
    expect(reportDigest(withPlan)).not.toBe(reportDigest(base));
    const reassigned = { ...plan, items: plan.items.map((item, i) => (i === 3 ? { ...item, owner: "Someone Else" } : item)) };
    expect(reportDigest({ ...base, remediation: reassigned })).not.toBe(reportDigest(withPlan));
    const markedDone = {
      ...plan,
      items: plan.items.map((item, i) => (i === 0 ? { ...item, status: "done" as const, state: "done" as const } : item)),
    };
    expect(reportDigest({ ...base, remediation: markedDone })).not.toBe(reportDigest(withPlan));
    // A day later the same plan may have overdue items: a different report.
    expect(reportDigest({ ...base, remediation: { ...plan, asOf: "2025-03-21" } })).not.toBe(reportDigest(withPlan));
  });

  it("differs when the organization changes its date format: the stored PDF is rendered anew", () => {
    const base = snapshotInput(example("blocked"));
    const iso = { ...base, organization: { ...base.organization, dateFormat: "iso" as const } };
    expect(reportDigest(iso)).not.toBe(reportDigest({ ...base, organization: { ...base.organization, dateFormat: "day_month_year" } }));
    expect(reportDigest(iso)).toBe(reportDigest({ ...base, organization: { ...base.organization, dateFormat: "iso" } }));
  });
});
