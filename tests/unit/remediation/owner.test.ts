import { describe, expect, it } from "vitest";
import { parseAssessment, type AssessmentDocumentV2 } from "@/lib/readiness";
import { launchDateOf, matchMember, suggestOwner } from "@/lib/remediation";
import { loadDocument } from "./fixtures";

const doc = (over: Partial<AssessmentDocumentV2>): AssessmentDocumentV2 => ({
  format: "preflight.assessment/v2",
  answers: {
    workflow: { name: "Refunds", owner: "  Lena Ortiz  " },
    lowConfidence: { escalationOwner: "Sam Okafor" },
    maintenance: {
      promptPolicy: "Luis Romero",
      dataMapping: "Ines Duarte",
      failedWorkflowTriage: "Triage team",
      monthlyReview: "Ops review",
    },
  },
  plan: {
    kpis: [{ name: "First reply", owner: "Kim Lee" }, { name: "No owner" }],
    exceptions: [{ case: "target_rejects", owner: "Queue lead" }, { case: "record_exists" }],
    workflowMap: [{ step: "Look up", owner: "Integration team" }, { step: "Route" }],
  },
  ...over,
});

describe("suggestOwner", () => {
  it("names the owner on the row or field the finding points at", () => {
    const document = doc({});
    expect(suggestOwner(document, "answers.lowConfidence.escalationTested")).toEqual({ name: "Sam Okafor", from: "escalation owner (Q4)" });
    expect(suggestOwner(document, "plan.kpis.0")).toEqual({ name: "Kim Lee", from: "KPI owner" });
    expect(suggestOwner(document, "plan.exceptions.0")).toEqual({ name: "Queue lead", from: "exception owner" });
    expect(suggestOwner(document, "plan.workflowMap.0")).toEqual({ name: "Integration team", from: "workflow step owner" });
    expect(suggestOwner(document, "answers.maintenance.dataMapping")).toEqual({
      name: "Ines Duarte",
      from: "maintenance owner for data mapping changes (Q8)",
    });
  });

  it("falls back to the maintenance owner whose duty covers the question or plan section", () => {
    const document = doc({});
    expect(suggestOwner(document, "answers.actions.2")).toEqual({
      name: "Luis Romero",
      from: "maintenance owner for prompt and policy updates (Q8)",
    });
    expect(suggestOwner(document, "answers.sourceOfTruth.1")?.name).toBe("Ines Duarte");
    expect(suggestOwner(document, "plan.fieldMappings.3")?.name).toBe("Ines Duarte");
    expect(suggestOwner(document, "answers.logs.captured")?.name).toBe("Ops review");
    // A row that names no owner: the duty covering its section.
    expect(suggestOwner(document, "plan.kpis.1")?.name).toBe("Ops review");
    expect(suggestOwner(document, "plan.exceptions.1")?.name).toBe("Triage team");
    expect(suggestOwner(document, "plan.exceptions")?.name).toBe("Triage team");
  });

  it("falls back to the workflow owner (trimmed), then to nobody", () => {
    const document = doc({});
    expect(suggestOwner(document, "plan.workflowMap.1")).toEqual({ name: "Lena Ortiz", from: "workflow owner (Q1)" });
    expect(suggestOwner(document, "scores.securityControls")).toEqual({ name: "Lena Ortiz", from: "workflow owner (Q1)" });
    // DUTY_UNOWNED fires on a blank duty: its own owner is missing, so the workflow owner.
    expect(suggestOwner(document, "answers.maintenance.vendorApiChanges")?.from).toBe("workflow owner (Q1)");
    // Blank names count as missing all the way down.
    const nobody = doc({ answers: { workflow: { owner: "   " }, lowConfidence: { escalationOwner: "" } }, plan: {} });
    expect(suggestOwner(nobody, "answers.lowConfidence.escalationOwner")).toBeNull();
    expect(suggestOwner(nobody, "plan.kpis.0")).toBeNull();
    expect(suggestOwner({ format: "preflight.assessment/v2" }, "answers.actions.0")).toBeNull();
  });

  it("reads the example documents: the v2 example's KPI owner and the v1 example's access-review owner", () => {
    expect(suggestOwner(loadDocument("blocked-v2"), "plan.kpis.0")).toEqual({ name: "Ines Duarte (CRM administrator)", from: "KPI owner" });
    expect(suggestOwner(loadDocument("blocked"), "answers.dataSources.0")?.name).toBe("IT security");
  });
});

describe("matchMember", () => {
  const members = [
    { id: "m1", name: "Lena Ortiz", email: "lena@acme.test" },
    { id: "m2", name: null, email: "sam.okafor@acme.test" },
    { id: "m3", name: "Kim Lee", email: "kim@acme.test" },
    { id: "m4", name: "Kim Lee", email: "kim.lee@other.test" },
    { id: "m5", name: "Alex", email: "alex@acme.test" },
    { id: "m6", name: "Jo", email: "alex@other.test" },
  ];

  it("matches names, emails and email local parts, trimmed and case-insensitively", () => {
    expect(matchMember("  lena ORTIZ ", members)).toBe("m1");
    expect(matchMember("Sam.Okafor@ACME.test", members)).toBe("m2");
    expect(matchMember("sam.okafor", members)).toBe("m2");
  });

  it("prefers a name match over an email local part", () => {
    // "alex" is m5's name and also the local part of m5's and m6's emails.
    expect(matchMember("Alex", members)).toBe("m5");
  });

  it("returns null for nobody, blanks and names two members share", () => {
    expect(matchMember("Luis Romero", members)).toBeNull();
    expect(matchMember("   ", members)).toBeNull();
    expect(matchMember("kim lee", members)).toBeNull();
  });

  it("does not fall through to a weaker level when the stronger one is ambiguous", () => {
    // Two members are called Sam; one of them also has the local part "sam". Still ambiguous.
    const twoSams = [
      { id: "s1", name: "Sam", email: "sam@acme.test" },
      { id: "s2", name: "Sam", email: "s.berg@acme.test" },
    ];
    expect(matchMember("sam", twoSams)).toBeNull();
  });
});

describe("launchDateOf", () => {
  it("is the first rollout phase's start date in the v2 example", () => {
    expect(launchDateOf(loadDocument("blocked-v2"))).toBe("2027-02-08");
  });

  it("skips blank phases, and takes the first phase's date even when a later one is earlier", () => {
    const document = doc({ plan: { rollout: [{}, { name: "Pilot", start: "2027-03-01" }, { name: "Sandbox", start: "2027-02-01" }] } });
    expect(launchDateOf(document)).toBe("2027-03-01");
  });

  it("is null when the first phase names no start, the rollout is not applicable, or there is no plan (v1)", () => {
    expect(launchDateOf(doc({ plan: { rollout: [{ name: "Pilot" }, { name: "Later", start: "2027-03-01" }] } }))).toBeNull();
    expect(
      launchDateOf(doc({ plan: { rollout: [{ start: "2027-03-01" }], notApplicable: { rollout: "No rollout: internal tool" } } })),
    ).toBeNull();
    const v1 = parseAssessment(JSON.parse(JSON.stringify({ format: "preflight.assessment/v1", answers: { workflow: { name: "x" } } })));
    if (!v1.ok) throw new Error("v1 fixture invalid");
    expect(launchDateOf(v1.document)).toBeNull();
  });
});
