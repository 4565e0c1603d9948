import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findingSubject } from "@/lib/dashboard/finding-subject";
import { portfolioSentence, verdictSentence } from "@/lib/dashboard/verdict-sentence";
import { evaluate, RULESET_VERSION, type AssessmentDocument } from "@/lib/readiness";

const example = (name: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../../public/examples/${name}.json`), "utf8")) as AssessmentDocument;
const sentence = (document: AssessmentDocument, projectOwner?: string | null) =>
  verdictSentence({ evaluation: evaluate(document, { ruleset: RULESET_VERSION }), document, projectOwner });

const REFUND = "Customer asks for a refund of an annual plan after the renewal date has already passed and the invoice was paid";

/** The ready example with its first test case failing (a long refund scenario) and rollout scored 2. */
function twoBlockers(): AssessmentDocument {
  const document = structuredClone(example("ready"));
  document.answers!.testCases![0] = { ...document.answers!.testCases![0]!, scenario: REFUND, status: "fail" };
  document.scores!.rolloutRollback = { ...document.scores!.rolloutRollback!, score: 2 };
  return document;
}

describe("verdictSentence", () => {
  it("names each blocker and who must fix it, from the answers", () => {
    expect(sentence(twoBlockers())).toBe(
      "Blocked by 2: the failing test case “Customer asks for a refund of an annual plan af…” and Rollout and rollback planning scored 2 — to fix: Priya Shah (Sales operations); Dana Whitfield, Head of Revenue Operations.",
    );
  });

  it("falls back to the project owner when the answers name nobody for a blocker", () => {
    const document = twoBlockers();
    document.answers!.maintenance = { ...document.answers!.maintenance!, evaluationRefresh: "" };
    document.answers!.workflow = { ...document.answers!.workflow!, owner: "" };
    expect(sentence(document, "Owen Brandt")).toMatch(/ — to fix: Owen Brandt\.$/);
    expect(sentence(document, null)).toMatch(/ — nobody is named to fix it yet\.$/);
    document.answers!.maintenance = { ...document.answers!.maintenance!, evaluationRefresh: "Priya Shah" };
    document.answers!.workflow = { ...document.answers!.workflow!, owner: "Dana Whitfield" };
    expect(sentence(document)).toMatch(/ — to fix: Priya Shah and Dana Whitfield\.$/);
  });

  it("names a person once when two answers write them differently (“Name (Title)” and “Name, Title”)", () => {
    const document = twoBlockers();
    document.answers!.maintenance = { ...document.answers!.maintenance!, evaluationRefresh: "Owen Brandt (Billing Operations Lead)" };
    document.answers!.workflow = { ...document.answers!.workflow!, owner: "Owen  Brandt, Billing Operations Lead" };
    expect(sentence(document)).toMatch(/ — to fix: Owen Brandt \(Billing Operations Lead\)\.$/);
  });

  it("groups repeated rules and shortens a long list", () => {
    const text = sentence(example("blocked"));
    expect(text).toMatch(/^Blocked by 18: /);
    expect(text).toContain("(2 times)");
    expect(text).toMatch(/, and 13 more — to fix: /);
  });

  it("never talks of blockers when there are none", () => {
    // ready-v2 has the integration plan too: under 2.0.0 a v1 document draws plan warnings.
    expect(sentence(example("ready-v2"))).toBe("Ready to launch: nothing blocks it.");
    expect(sentence(example("ready"))).toMatch(/^Ready to launch: nothing blocks it; \d+ warnings to review\.$/);
    expect(sentence(example("empty"))).toBe("Incomplete: 0 of 9 questions answered and 0 of 7 areas scored; nothing blocks it so far.");
    for (const name of ["ready", "ready-v2", "empty"]) expect(sentence(example(name))).not.toMatch(/block(er|s) (gates|launch)/i);
  });

  it("counts warnings left to review on a ready assessment", () => {
    const document = structuredClone(example("ready-v2"));
    document.answers!.testCases = document.answers!.testCases!.slice(0, 3); // a thin test set is a warning
    expect(sentence(document)).toBe("Ready to launch: nothing blocks it; 1 warning to review.");
  });
});

describe("findingSubject", () => {
  it("reads a row's whole name, never cut", () => {
    expect(findingSubject("answers.testCases.0", twoBlockers())).toBe(REFUND);
  });

  it("has nothing for targets that are not named rows", () => {
    const document = example("ready");
    expect(findingSubject("scores.rolloutRollback", document)).toBeNull();
    expect(findingSubject("answers.workflow.owner", document)).toBeNull();
    expect(findingSubject("answers.testCases.99", document)).toBeNull();
  });
});

describe("portfolioSentence", () => {
  it("leads with what is blocked and its most frequent cause", () => {
    expect(portfolioSentence({ ready: 5, incomplete: 3, blocked: 4 }, { title: "Area scored below 3", count: 2 })).toBe(
      "4 of 12 projects are blocked, most often by “Area scored below 3” (2 projects); 5 ready to launch, 3 incomplete.",
    );
    expect(portfolioSentence({ ready: 0, incomplete: 0, blocked: 1 }, { title: "Risky first launch", count: 1 })).toBe(
      "1 of 1 project is blocked, most often by “Risky first launch” (1 project); 0 ready to launch, 0 incomplete.",
    );
  });

  it("says nothing blocks when nothing does", () => {
    expect(portfolioSentence({ ready: 2, incomplete: 1, blocked: 0 })).toBe(
      "Nothing blocks any of the 3 projects: 2 ready to launch, 1 incomplete.",
    );
  });
});
