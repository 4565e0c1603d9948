/** Appendix C lists the articles the report's findings cite: title, byline, sections. */
import { describe, expect, it } from "vitest";
import { evaluate, referencesOfFindings, RULESET_VERSION, SEED_REFERENCES } from "@/lib/readiness";
import { appendixSection } from "@/lib/reports/components/appendix";
import type { Block } from "@/lib/reports/flow";
import { buildReportModel } from "@/lib/reports/model";
import { draftInput, example, snapshotInput } from "./fixtures";

/** The text of a block made by `textBlock` (a single <Text> holding a string). */
function textOf(block: Block): string {
  const props = (block.node as { props: { children?: unknown } }).props;
  return typeof props.children === "string" ? props.children : "";
}

describe("appendix references", () => {
  it("names each article a finding cites, with its byline and only the sections cited", () => {
    const input = snapshotInput(example("blocked"));
    const blocks = appendixSection(buildReportModel(input));
    const keys = blocks.map((block) => block.key);
    expect(keys).toContain("appendix:c");
    expect(textOf(blocks.find((b) => b.key === "appendix:c") as Block)).toBe("C. References");
    const cited = referencesOfFindings(input.evaluation.rulesetVersion, input.evaluation.findings);
    expect(cited.length).toBeGreaterThan(0);
    for (const reference of cited) {
      const block = blocks.find((b) => b.key === `references:${reference.id}`);
      expect(block, reference.id).toBeDefined();
      const text = textOf(block as Block);
      expect(text.startsWith(reference.title)).toBe(true);
      if (reference.byline !== null) expect(text).toContain(`, ${reference.byline}.`);
      for (const section of reference.sections) expect(text).toContain(section);
    }
    // An article no finding cites is not listed.
    const listed = new Set(cited.map((reference) => reference.id));
    for (const reference of SEED_REFERENCES.filter((r) => !listed.has(r.id))) expect(keys).not.toContain(`references:${reference.id}`);
  });

  it("says so when there are no findings", () => {
    const blocks = appendixSection(buildReportModel(draftInput(example("ready"))));
    expect(blocks.map((block) => block.key)).toContain("references:none");
    expect(blocks.some((block) => block.key.startsWith("references:0"))).toBe(false);
  });

  it("finds a v2 finding's article through its rule, though its source is already readable", () => {
    const evaluation = evaluate(example("blocked"), { ruleset: "2.0.0" });
    expect(evaluation.findings[0]?.source.startsWith("0")).toBe(false);
    const v2 = referencesOfFindings("2.0.0", evaluation.findings);
    const v1 = referencesOfFindings(RULESET_VERSION, evaluate(example("blocked"), { ruleset: "1.0.0" }).findings);
    expect(v2.length).toBeGreaterThan(0);
    for (const reference of v1) expect(v2.map((r) => r.id)).toContain(reference.id);
  });
});
