import { describe, expect, it } from "vitest";
import { parseAssessment } from "@/lib/readiness";
import { textProblem } from "@/lib/readiness/schema/text";

const FORMAT = "preflight.assessment/v1";

describe("textProblem", () => {
  it("accepts ordinary text with tabs, line breaks and characters outside the BMP", () => {
    for (const text of [
      "",
      "CRM wins",
      "line one\nline two\r\n\tindented",
      "café ünïcode 中文",
      "emoji \u{1F600} pair",
      "\u00a0non-breaking",
    ]) {
      expect(textProblem(text), JSON.stringify(text)).toBeNull();
    }
  });

  it("refuses every C0 control but tab and line breaks, DEL and the C1 controls, wherever they sit", () => {
    const refused = [
      ...Array.from({ length: 0x20 }, (_, c) => c).filter((c) => ![0x09, 0x0a, 0x0d].includes(c)),
      ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
    ];
    for (const code of refused) {
      const char = String.fromCharCode(code);
      for (const text of [char, `a${char}`, `${char}b`, `a${char}b`]) expect(textProblem(text), `U+${code.toString(16)}`).toBe("control");
    }
    expect(textProblem("\u00a0")).toBeNull();
  });

  it("refuses unpaired surrogates at the start, the middle and the end, but not a pair", () => {
    for (const text of ["\ud800", "\udc00", "a\ud83dz", "a\ude00z", "\ude00\ud83d", "ok\ud83d"])
      expect(textProblem(text), JSON.stringify(text)).toBe("surrogate");
    expect(textProblem("\ud83d\ude00")).toBeNull();
  });
});

describe("parseAssessment — stored text", () => {
  it("names the field that holds NUL, a control character or a broken surrogate, in every kind of text field", () => {
    const result = parseAssessment({
      format: FORMAT,
      project: { name: "a\u0000b" },
      answers: {
        workflow: { outcome: { metric: "\u001b[31mred" } },
        sourceOfTruth: [{ object: "custom:Lead\u0007score" }],
        dataSources: [{ outputAudience: ["ok", "\ud800"] }],
      },
      scores: { dataOwnership: { score: 3, note: "\u0085" } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: "project.name", message: "contains a control character (only tabs and line breaks are allowed)" },
      { path: "answers.workflow.outcome.metric", message: "contains a control character (only tabs and line breaks are allowed)" },
      { path: "answers.sourceOfTruth.0.object", message: "contains a control character (only tabs and line breaks are allowed)" },
      { path: "answers.dataSources.0.outputAudience.1", message: "contains a broken character (an unpaired UTF-16 surrogate)" },
      { path: "scores.dataOwnership.note", message: "contains a control character (only tabs and line breaks are allowed)" },
    ]);
  });

  it("keeps accepting multi-line text", () => {
    expect(parseAssessment({ format: FORMAT, answers: { firstLaunch: { scope: "EMEA only\n\tthen US\r\n" } } }).ok).toBe(true);
  });
});
