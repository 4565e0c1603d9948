/**
 * The report's remediation-plan section before layout: items grouped by window with the
 * window's last day, the plan's figures (overdue counted against the day the plan was read),
 * labels from the plan's and the framework's own tables, and no section without a plan.
 */
import { describe, expect, it } from "vitest";
import { ENUM_LABELS, TRACK_LABELS } from "@/lib/readiness";
import { STATUS_LABELS, WINDOW_LABELS } from "@/lib/remediation";
import { reportSheets } from "@/lib/reports/components/document";
import { REMEDIATION_SECTION_TITLE } from "@/lib/reports/components/remediation";
import { buildReportModel } from "@/lib/reports/model";
import { buildRemediationModel, STILL_FIRING_LABEL, UNASSIGNED } from "@/lib/reports/remediation-model";
import type { ReportRemediation, ReportRemediationItem } from "@/lib/reports/render-report";
import { draftInput, example, planOf, snapshotInput } from "./fixtures";

const item = (over: Partial<ReportRemediationItem>): ReportRemediationItem => ({
  title: "Approve refunds above the limit",
  target: "answers.actions.2",
  severity: "warning",
  track: "safe-writes",
  window: "days-1-30",
  dueDate: "2025-03-30",
  owner: "Luis Romero",
  status: "open",
  state: "open",
  ...over,
});

const PLAN: ReportRemediation = {
  startDate: "2025-03-01",
  asOf: "2025-03-20",
  items: [
    item({ title: "Blocker due yesterday", severity: "blocker", track: "launch-gate", dueDate: "2025-03-19" }),
    item({ title: "Blocker due today", severity: "blocker", track: "launch-gate", dueDate: "2025-03-20", owner: null }),
    item({ title: "Done and late", dueDate: "2025-03-02", status: "done", state: "done" }),
    item({ title: "Done but still firing, late", dueDate: "2025-03-03", status: "done", state: "still_firing" }),
    item({ title: "Resolved by a save, late", severity: "blocker", dueDate: "2025-03-04", state: "resolved" }),
    item({
      title: "Semantics work",
      window: "days-31-60",
      track: "semantics",
      dueDate: "2025-04-29",
      status: "in_progress",
      state: "in_progress",
    }),
    item({ title: "Second resolved", window: "days-61-90", track: "observability", dueDate: "2025-05-29", state: "resolved" }),
  ],
};

describe("buildRemediationModel", () => {
  it("has no section without a plan", () => {
    expect(buildRemediationModel(null)).toBeNull();
    expect(buildRemediationModel(undefined)).toBeNull();
    const model = buildReportModel(snapshotInput(example("blocked")));
    expect(model.remediation).toBeNull();
    expect(reportSheets(model).sections.map((s) => s.title)).not.toContain(REMEDIATION_SECTION_TITLE);
  });

  it("groups the items that remain by window, in plan order, each window with its last day", () => {
    const plan = buildRemediationModel(PLAN)!;
    expect(plan.windows.map((w) => [w.label, w.lastDay])).toEqual([
      [WINDOW_LABELS["days-1-30"], "30 March 2025"],
      [WINDOW_LABELS["days-31-60"], "29 April 2025"],
      [WINDOW_LABELS["days-61-90"], "29 May 2025"],
    ]);
    expect(plan.windows.map((w) => w.rows.map((r) => r.title))).toEqual([
      ["Blocker due yesterday", "Blocker due today", "Done and late", "Done but still firing, late"],
      ["Semantics work"],
      [],
    ]);
    expect(plan.asOf).toBe("20 March 2025");
    expect(plan.startDate).toBe("1 March 2025");
  });

  it("counts open work, open blockers, overdue as of the day the plan was read, and items saves resolved", () => {
    const plan = buildRemediationModel(PLAN)!;
    // Open: both blockers, the still-firing item, the semantics work (done and resolved are not open).
    expect(plan.open).toBe(4);
    expect(plan.openBlockers).toBe(2);
    // Overdue: due before 20 March and open; due on the day itself is not late, done is never late.
    expect(plan.overdue).toBe(2);
    expect(plan.resolved).toBe(2);
    const rows = plan.windows[0]!.rows;
    expect(rows.map((r) => r.overdue)).toEqual([true, false, false, true]);
    expect(plan.summaryLine).toBe("Remediation plan: 4 open items, 2 overdue, 2 resolved by saves");
    // The same plan read a month later: everything still open in days 1–30 is late.
    expect(buildRemediationModel({ ...PLAN, asOf: "2025-04-20" })!.overdue).toBe(3);
    expect(buildRemediationModel({ ...PLAN, items: [PLAN.items[1]!] })!.summaryLine).toBe(
      "Remediation plan: 1 open item, 0 overdue, 0 resolved by saves",
    );
  });

  it("words every cell with the plan's and the framework's labels", () => {
    const [first, second, done, firing] = buildRemediationModel(PLAN)!.windows[0]!.rows;
    expect(first).toMatchObject({
      severityLabel: ENUM_LABELS.severity.blocker,
      trackLabel: TRACK_LABELS["launch-gate"],
      owner: "Luis Romero",
      due: "19 March 2025",
      status: STATUS_LABELS.open,
      where: "Q5 · Action 3",
    });
    expect(second!.owner).toBe(UNASSIGNED);
    expect(done!.status).toBe(STATUS_LABELS.done);
    expect(firing!.status).toBe(STILL_FIRING_LABEL);
    expect(STILL_FIRING_LABEL).toBe("Done, still firing");
    expect(buildRemediationModel(PLAN)!.windows[1]!.rows[0]!.status).toBe(STATUS_LABELS.in_progress);
  });

  it("puts the section right after the findings, and the summary line in the model", () => {
    const model = buildReportModel(draftInput(example("blocked"), { remediation: planOf(60) }));
    const titles = reportSheets(model).sections.map((s) => s.title);
    expect(titles.indexOf(REMEDIATION_SECTION_TITLE)).toBe(titles.indexOf("Blockers and warnings") + 1);
    expect(model.remediation!.summaryLine).toMatch(/^Remediation plan: \d+ open items, \d+ overdue, 9 resolved by saves$/);
    expect(model.remediation!.windows.reduce((n, w) => n + w.rows.length, 0)).toBe(51);
  });
});
