/** The rulesets as data: 1.0.0 unchanged, 2.0.0 = 1.0.0 + the plan rules, tracks, readable sources. */
import { describe, expect, it } from "vitest";
import {
  AREAS,
  PLAN_SECTION_KEYS,
  QUESTION_TRACK,
  REFERENCES,
  RULES,
  RULESETS,
  RULE_IDS,
  RULE_IDS_ADDED_IN_V2,
  SEED_REFERENCES,
  TRACKS,
  citedSection,
  readableSource,
  rulesetRule,
} from "@/lib/readiness";
import { RULES_ADDED_IN_V2 } from "@/lib/readiness/rules/registry-v2";

describe("rulesets", () => {
  it("1.0.0 is the v1 registry, rule for rule", () => {
    expect(RULESETS["1.0.0"].rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    expect(RULESETS["1.0.0"].rules.map((rule) => rule.check)).toEqual(RULES.map((rule) => rule.check));
  });

  it("2.0.0 holds every 1.0.0 rule and every registered plan rule, each id once", () => {
    const ids = RULESETS["2.0.0"].rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of RULE_IDS) expect(ids).toContain(id);
    expect(ids.slice(RULE_IDS.length)).toEqual(RULES_ADDED_IN_V2.map((rule) => rule.id));
  });

  it("registers exactly the 44 ids released in 2.0.0, each once", () => {
    const registered = RULES_ADDED_IN_V2.map((rule) => rule.id);
    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered].sort()).toEqual([...RULE_IDS_ADDED_IN_V2].sort());
    expect(registered).toHaveLength(44);
  });

  it("gives every rule of 2.0.0 one of the four tracks; plan rules carry their own", () => {
    for (const rule of RULESETS["2.0.0"].rules) expect(TRACKS).toContain(rule.track);
    for (const rule of RULES_ADDED_IN_V2) expect(TRACKS, rule.id).toContain(rule.track);
  });

  it("derives the v1 rules' tracks from their question as the 90-day plan orders them", () => {
    expect(QUESTION_TRACK).toEqual({
      workflow: "launch-gate",
      dataSources: "launch-gate",
      firstLaunch: "launch-gate",
      lowConfidence: "safe-writes",
      actions: "safe-writes",
      sourceOfTruth: "semantics",
      testCases: "observability",
      logs: "observability",
      maintenance: "observability",
    });
    const track = (id: string) => rulesetRule("2.0.0", id)?.track;
    expect(track("SCORE_BELOW_3")).toBe("launch-gate");
    expect(track("SCORE_CONTRADICTS_ANSWERS")).toBe("launch-gate");
    expect(track("APPROVALS_NOT_LOGGED")).toBe("observability");
    expect(track("THIN_TEST_SET")).toBe("observability");
    expect(track("RISKY_FIRST_LAUNCH")).toBe("launch-gate");
    expect(track("HIGH_RISK_WITHOUT_APPROVAL")).toBe("safe-writes");
  });

  it("finds a rule by ruleset: a 2.0.0 id is unknown to 1.0.0", () => {
    expect(rulesetRule("1.0.0", "SCORE_BELOW_3")?.id).toBe("SCORE_BELOW_3");
    expect(rulesetRule("1.0.0", "NO_KPIS")).toBeNull();
    expect(rulesetRule("2.0.0", "NOT_A_RULE")).toBeNull();
  });
});

describe("areas in 2.0.0", () => {
  it("cover the plan sections the spec names; ROI belongs to none", () => {
    expect(Object.fromEntries(AREAS.map((area) => [area.key, [...area.questions, ...area.planSections]]))).toEqual({
      workflowMapping: ["workflow", "workflowMap"],
      dataOwnership: ["sourceOfTruth", "fieldMappings"],
      taxonomyAlignment: ["fieldMappings", "apiContracts"],
      securityControls: ["dataSources", "actions", "accessControls"],
      monitoringAlerting: ["lowConfidence", "logs", "exceptions", "kpis"],
      rolloutRollback: ["testCases", "firstLaunch", "rollout"],
      trainingReadiness: ["maintenance", "enablement"],
    });
    const covered = new Set(AREAS.flatMap((area) => area.planSections));
    expect(PLAN_SECTION_KEYS.filter((key) => !covered.has(key))).toEqual(["roi"]);
  });

  it("have a five-level 2.0.0 rubric each, and taxonomy alignment's 3 asks for status value maps", () => {
    for (const area of AREAS) expect(Object.keys(area.rubricV2)).toEqual(["1", "2", "3", "4", "5"]);
    expect(AREAS.find((area) => area.key === "taxonomyAlignment")?.rubricV2[3]).toMatch(/value map/);
  });
});

describe("references", () => {
  it("turns a rule source into the article's title and the section as the article writes it", () => {
    expect(readableSource("004 §Start with system ownership")).toBe(
      "How to Plan a CRM Integration Project Without Delays, section “Start with system ownership”",
    );
    expect(readableSource("000 §5 Which actions can the AI system take without approval?")).toBe(
      "AI Integration Readiness Checklist: 9 Questions Before You Connect Systems, section “5. Which actions can the AI system take without approval?”",
    );
    expect(readableSource("001 §3 Assign Data Ownership Explicitly")).toBe(
      "Systems integration checklist for customer operations, section “3) Assign Data Ownership Explicitly”",
    );
    expect(readableSource("009 §Nowhere")).toBe("009 §Nowhere");
    expect(readableSource("001 §9 Prepare Support, Training, and Change Enablement; 001 §10 Run Post-Go-Live Stabilization Reviews")).toBe(
      "Systems integration checklist for customer operations, section “9) Prepare Support, Training, and Change Enablement”; " +
        "Systems integration checklist for customer operations, section “10) Run Post-Go-Live Stabilization Reviews”",
    );
  });

  it("resolves the source of every rule of 2.0.0 and of every area to a known section", () => {
    const unresolved = [
      ...RULESETS["2.0.0"].rules.map((rule) => `${rule.id}: ${rule.source}`),
      ...AREAS.map((area) => `${area.key}: ${area.source}`),
    ].filter((entry) => citedSection(entry.slice(entry.indexOf(": ") + 2)) === null);
    expect(unresolved).toEqual([]);
  });

  it("lists the cited articles in order with their bylines where the article gives one", () => {
    expect(REFERENCES.map((reference) => reference.id)).toEqual(["000", "001", "002", "003", "004"]);
    expect(SEED_REFERENCES.map((reference) => reference.byline)).toEqual(["TWOHUNDRED", "Red Shore Editorial", "Jamie", null, null]);
    for (const reference of REFERENCES) expect(reference.sections.length).toBeGreaterThan(0);
  });
});
