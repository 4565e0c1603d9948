import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_FILES, jsonSchemaFor, jsonSchemaText, type JsonSchemaName } from "@/lib/readiness";
import { REPO_ROOT } from "./fixtures";

describe("published JSON Schemas", () => {
  it.each(Object.keys(JSON_SCHEMA_FILES) as JsonSchemaName[])("%s is up to date (run npm run schema:json)", (name) => {
    const committed = readFileSync(path.join(REPO_ROOT, JSON_SCHEMA_FILES[name]), "utf8");
    expect(committed).toBe(jsonSchemaText(name));
  });

  it("is strict, draft 2020-12, and carries the enums and caps", () => {
    const schema = jsonSchemaFor("assessment") as {
      $schema: string;
      additionalProperties: boolean;
      required: string[];
      properties: {
        answers: {
          properties: {
            actions: { maxItems: number; items: { additionalProperties: boolean; properties: { approval: { enum: string[] } } } };
          };
        };
      };
    };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["format"]);
    const actions = schema.properties.answers.properties.actions;
    expect(actions.maxItems).toBe(2000);
    expect(actions.items.additionalProperties).toBe(false);
    expect(actions.items.properties.approval.enum).toEqual(["suggest", "draft", "guardrails", "automated"]);
  });

  it("is stable: two generations are identical text", () => {
    expect(jsonSchemaText("evaluation")).toBe(jsonSchemaText("evaluation"));
    expect(jsonSchemaText("assessment").endsWith("}\n")).toBe(true);
  });

  it("publishes v2: the plan strict and capped, findings with every released rule id and a track", () => {
    const assessment = jsonSchemaFor("assessmentV2") as {
      properties: {
        format: { const: string };
        plan: {
          additionalProperties: boolean;
          properties: { fieldMappings: { maxItems: number; items: { properties: { valueMap: { maxItems: number } } } } };
        };
      };
    };
    expect(assessment.properties.format.const).toBe("preflight.assessment/v2");
    expect(assessment.properties.plan.additionalProperties).toBe(false);
    expect(assessment.properties.plan.properties.fieldMappings.maxItems).toBe(2000);
    expect(assessment.properties.plan.properties.fieldMappings.items.properties.valueMap.maxItems).toBe(500);
    const evaluation = jsonSchemaFor("evaluationV2") as {
      properties: { findings: { items: { properties: { ruleId: { enum: string[] }; track: { enum: string[] } } } } };
    };
    expect(evaluation.properties.findings.items.properties.ruleId.enum).toHaveLength(69);
    expect(evaluation.properties.findings.items.properties.track.enum).toEqual([
      "launch-gate",
      "safe-writes",
      "semantics",
      "observability",
    ]);
  });
});
