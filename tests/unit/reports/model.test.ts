/**
 * The parts of the report worked out before layout: wording, priorities, changes, colour,
 * line breaking and sheet packing. Pure, so no PDF is rendered here.
 */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { breakOpportunities } from "@/lib/reports/fonts";
import { lineCount, packSheets, type Block } from "@/lib/reports/flow";
import { formatDate, formatDateTime, metadataDate } from "@/lib/reports/format";
import { buildReportModel, composed } from "@/lib/reports/model";
import { sheetsOverflowed, usableLogo } from "@/lib/reports/render-part";
import { sampleLogoPng } from "@/lib/reports/sample-logo";
import { createTheme } from "@/lib/reports/theme";
import { jpegHeader } from "../../support/images";
import { draftInput, example, planOf, snapshotInput } from "./fixtures";

describe("buildReportModel", () => {
  it("takes the three most important actions from the first blockers, in engine order", () => {
    const input = snapshotInput(example("blocked"));
    const model = buildReportModel(input);
    const blockers = input.evaluation.findings.filter((f) => f.severity === "blocker");
    expect(model.topActions.map((f) => f.message)).toEqual(blockers.slice(0, 3).map((f) => f.message));
    expect(model.verdictLabel).toBe("Blocked");
    expect(model.counts.blocker).toBe(blockers.length);
    expect(model.topActions[0]).toMatchObject({
      where: "Q5 · Action 2",
      question: { number: "Q5" },
      area: { label: "Security controls" },
      owner: "Luis Romero",
    });
  });

  it("falls back to warnings when nothing blocks", () => {
    const document = example("ready");
    document.answers!.lowConfidence!.escalationTested = false;
    const model = buildReportModel(draftInput(document));
    expect(model.counts.blocker).toBe(0);
    expect(model.topActions.map((f) => f.ruleId)).toEqual(["ESCALATION_UNTESTED"]);
  });

  it("flags rows and fields with their worst finding", () => {
    const model = buildReportModel(snapshotInput(example("blocked")));
    expect(model.flags.get("answers.actions.1")).toBe("blocker");
    expect(model.flags.get("answers.actions")).toBe("blocker");
    expect(model.flags.get("answers.maintenance.dataMapping")).toBe("warning");
    expect(model.flags.get("answers.actions.0")).toBeUndefined();
  });

  it("summarises the changes since the previous snapshot from the stored evaluations", () => {
    const before = example("ready");
    const after = example("blocked");
    const previous = snapshotInput(before);
    const model = buildReportModel(
      snapshotInput(after, { previous: { createdAt: "2025-02-03T16:20:00.000Z", document: before, evaluation: previous.evaluation } }),
    );
    const changes = model.changes!;
    expect(changes.verdict).toEqual({ before: "ready", after: "blocked" });
    expect(changes.index).toEqual({ before: 3.43, after: 3 });
    expect(changes.scores.map((move) => [move.area.key, move.before, move.after])).toContainEqual(["monitoringAlerting", 3, 2]);
    expect(changes.appeared.length).toBe(model.input.evaluation.findings.length);
    expect(changes.resolved).toEqual([]);
    // Rows collapse to the row: one entry per action, not one per field.
    const q5 = changes.answers.find((line) => line.startsWith("Q5:"))!;
    expect(q5).toMatch(/^Q5: Action 1, Action 2, Action 3/);
    expect(q5).not.toContain("Approval level");
    expect(changes.answerFields).toBeGreaterThan(changes.answers.length);
  });

  it("never re-evaluates: the stored evaluation is reported as given", () => {
    const input = snapshotInput(example("blocked"));
    const stored = { ...input.evaluation, verdict: "ready" as const, findings: [] };
    const model = buildReportModel({ ...input, evaluation: stored });
    expect(model.verdict).toBe("ready");
    expect(model.counts).toEqual({ blocker: 0, warning: 0, info: 0 });
  });

  it("dates a snapshot report by the snapshot and a draft report by the export", () => {
    expect(buildReportModel(snapshotInput(example("ready"))).asOf).toBe("2025-03-14T09:05:00.000Z");
    expect(buildReportModel(draftInput(example("ready"))).asOf).toBe("2025-03-20T12:00:00.000Z");
  });

  it("normalizes text to composed form, leaving logo bytes alone", () => {
    const logo = { data: new Uint8Array([1, 2, 3]), mimeType: "image/png" as const };
    const value = composed({ name: "Zoe\u0308", list: ["Lo\u0301dz"], logo });
    expect(value).toEqual({ name: "Zoë", list: ["Lódz"], logo });
    expect(value.logo.data).toBe(logo.data);
  });
});

describe("formatting", () => {
  it("formats dates in UTC by hand, whatever the locale", () => {
    expect(formatDate("2025-03-14T23:30:00.000Z")).toBe("14 March 2025");
    expect(formatDateTime("2025-03-14T09:05:00.000Z")).toBe("14 March 2025, 09:05 UTC");
    expect(formatDate("not a date")).toBe("not a date");
    expect(metadataDate("garbage").getTime()).toBe(0);
  });

  it("writes every date of the report in the organization's format, months spelled out", () => {
    expect(formatDate("2025-03-04T09:05:00.000Z", "month_day_year")).toBe("March 4, 2025");
    expect(formatDateTime("2025-03-04T21:05:00.000Z", "month_day_year")).toBe("March 4, 2025, 9:05 PM UTC");
    expect(formatDateTime("2025-03-04T09:05:00.000Z", "iso")).toBe("2025-03-04 09:05 UTC");
    const input = snapshotInput(example("blocked"), { remediation: planOf(3) });
    const model = buildReportModel({ ...input, organization: { ...input.organization, dateFormat: "numeric_dmy" } });
    expect(model.dateFormat).toBe("numeric_dmy");
    expect(model.sourceLabel).toMatch(/ of 14\.03\.2025$/);
    expect(model.remediation?.startDate).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    expect(buildReportModel(input).sourceLabel).toMatch(/ of 14 March 2025$/);
  });

  it("keeps accent text readable on white and picks a legible colour on the accent", () => {
    const pale = createTheme("#fde047");
    expect(pale.onAccent).toBe("#111827");
    expect(pale.accentText).not.toBe("#fde047");
    const dark = createTheme("#0f766e");
    expect(dark.onAccent).toBe("#ffffff");
    expect(dark.accentText).toBe("#0f766e");
    expect(createTheme("blue").accent).toBe("#1d4ed8");
  });
});

describe("line breaking and sheets", () => {
  it("lets CJK break between characters and long tokens every few characters, without hyphens", () => {
    // "" parts become zero-width glue in textkit: a line break there adds no hyphen.
    expect(breakOpportunities("東京都")).toEqual(["東", "", "京", "", "都"]);
    expect(breakOpportunities("運用(チーム)")).toEqual(["運", "", "用", "", "(", "", "チ", "", "ー", "", "ム", "", ")"]);
    expect(breakOpportunities("Müller")).toEqual(["Müller"]);
    const token = "0123456789abcdef".repeat(4);
    const parts = breakOpportunities(token);
    expect(parts.join("")).toBe(token);
    expect(parts).toContain("");
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThanOrEqual(14);
    // A long word that is not a token keeps hyphenation points only (spaces win).
    expect(breakOpportunities("Kundendienstmitarbeiterin")).not.toContain("");
  });

  it("estimates wrapped lines", () => {
    expect(lineCount("short", 200, { fontSize: 9, lineHeight: 1.45 })).toBe(1);
    expect(lineCount("word ".repeat(200), 495, { fontSize: 9, lineHeight: 1.45 })).toBeGreaterThanOrEqual(10);
    expect(lineCount("a\nb\nc", 200, { fontSize: 9, lineHeight: 1.45 })).toBe(3);
  });

  it("packs blocks into sheets, keeping headings with what follows and repeating table headers", () => {
    const block = (key: string, height: number, extra: Partial<Block> = {}): Block => ({
      key,
      height,
      node: createElement("span", { key }),
      ...extra,
    });
    const header = { node: createElement("span", { key: "h" }), height: 20 };
    const keys = (sheets: Block[][]) => sheets.map((sheet) => sheet.map((b) => b.key));
    const sheets = packSheets(
      [
        block("a", 60),
        block("heading", 20, { keepWithNext: true }),
        block("row1", 45, { continuation: header }),
        block("row2", 45, { continuation: header }),
      ],
      100,
    );
    expect(keys(sheets)).toEqual([["a"], ["heading", "row1"], ["row2:continued", "row2"]]);
    // A block taller than a page gets a sheet of its own, unless a heading introduces it.
    expect(keys(packSheets([block("small", 10), block("huge", 500), block("after", 10)], 100))).toEqual([["small"], ["huge"], ["after"]]);
    expect(keys(packSheets([block("small", 10), block("heading", 20, { keepWithNext: true }), block("huge", 500)], 100))).toEqual([
      ["small", "heading", "huge"],
    ]);
  });

  it("detects a sheet whose content ran past its page, and treats unknown layout data as overflow", () => {
    const page = (contentHeight: number) => ({
      style: { height: 841.89, paddingBottom: 62 },
      children: [
        { style: { position: "absolute" }, box: { top: 28, height: 20 } },
        { style: {}, box: { top: 72, height: contentHeight } },
      ],
    });
    const layout = (heights: number[]) => ({ _INTERNAL__LAYOUT__DATA_: { children: [page(100), page(100), ...heights.map(page)] } });
    expect(sheetsOverflowed(layout([600, 700]), 2, 4)).toBe(false);
    expect(sheetsOverflowed(layout([600, 720]), 2, 4)).toBe(true);
    // One page more than predicted (the summary wrapped): numbering would be off.
    expect(sheetsOverflowed(layout([600, 700, 100]), 2, 4)).toBe(true);
    expect(sheetsOverflowed({}, 2, 4)).toBe(true);
    expect(sheetsOverflowed(null, 2, 4)).toBe(true);
  });

  it("accepts a logo only when its bytes match the declared type and its header is within the pixel limits", () => {
    const png = sampleLogoPng(8, 8);
    expect(usableLogo({ data: png, mimeType: "image/png" })).toBeInstanceOf(Buffer);
    expect(usableLogo({ data: png, mimeType: "image/jpeg" })).toBeNull();
    expect(usableLogo({ data: jpegHeader(300, 100), mimeType: "image/jpeg" })).toBeInstanceOf(Buffer);
    // A truncated JPEG, and a logo stored before the pixel cap that declares a huge image, are left off, never decoded.
    expect(usableLogo({ data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), mimeType: "image/jpeg" })).toBeNull();
    expect(usableLogo({ data: jpegHeader(16000, 16000), mimeType: "image/jpeg" })).toBeNull();
    expect(usableLogo({ data: new Uint8Array(), mimeType: "image/png" })).toBeNull();
    expect(usableLogo(null)).toBeNull();
  });
});
