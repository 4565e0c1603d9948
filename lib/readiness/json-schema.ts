/**
 * JSON Schemas generated from the zod schemas (zod 4's `z.toJSONSchema`). Published as
 * `public/schema/*.v1.schema.json` and `*.v2.schema.json` by `lib/cli/write-json-schema.ts`; a unit test
 * regenerates them in memory and fails when the committed files are stale.
 */
import { z } from "zod";
import { assessmentSchema } from "./schema/assessment";
import { assessmentV2Schema } from "./schema/assessment-v2";
import { evaluationSchema } from "./schema/evaluation";
import { evaluationV2Schema } from "./schema/evaluation-v2";

export const JSON_SCHEMA_FILES = {
  assessment: "public/schema/assessment.v1.schema.json",
  evaluation: "public/schema/evaluation.v1.schema.json",
  assessmentV2: "public/schema/assessment.v2.schema.json",
  evaluationV2: "public/schema/evaluation.v2.schema.json",
} as const;

export type JsonSchemaName = keyof typeof JSON_SCHEMA_FILES;

const SCHEMAS = {
  assessment: assessmentSchema,
  evaluation: evaluationSchema,
  assessmentV2: assessmentV2Schema,
  evaluationV2: evaluationV2Schema,
} as const;

export function jsonSchemaFor(name: JsonSchemaName): Record<string, unknown> {
  const schema = SCHEMAS[name];
  // Refinements (the duplicate checks) are not representable and zod omits them; the
  // `uniqueItems` metadata carries the same meaning into the JSON Schema.
  return z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "throw" });
}

/** The exact text of the published file: pretty-printed, two spaces, final newline. */
export function jsonSchemaText(name: JsonSchemaName): string {
  return `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`;
}
