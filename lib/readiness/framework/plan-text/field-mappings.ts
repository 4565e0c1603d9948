/**
 * Wording of plan.fieldMappings: the mapping sheet, reviewed by the business, with value
 * maps for status fields (seed 004 "Define the field mapping as a business document",
 * seed 001 §4).
 */
import type { MappingKind } from "../../enums";
import type { FieldMappingRow, ValueMapPair } from "../../schema/assessment-v2";
import type { FieldText } from "../fields";
import type { PlanSectionText } from "../plan-section-text";

export const MAPPING_KIND_LABELS: Readonly<Record<MappingKind, string>> = {
  value: "Value",
  identifier: "Identifier",
  status: "Status (set of states)",
};

export const FIELD_MAPPING_FIELDS: Readonly<Record<keyof Required<FieldMappingRow>, FieldText>> = {
  object: { label: "Business object", help: "The record type the field belongs to, as named in the source-of-truth answer." },
  sourceSystem: { label: "Source system", help: "The system the value is read from." },
  sourceField: { label: "Source field", help: "The field’s name in the source system, as the API spells it." },
  targetSystem: { label: "Target system", help: "The system the value is written to." },
  targetField: { label: "Target field", help: "The field’s name in the target system, as the API spells it." },
  kind: {
    label: "Kind",
    help: "A plain value, an identifier that links records across systems, or a status whose states must be translated one by one.",
  },
  transform: {
    label: "Transformation",
    help: "What happens to the value on the way, e.g. “trim, lower-case” or “cents to currency units”.",
  },
  required: { label: "Required", help: "Whether the target cannot accept a record without this field." },
  direction: { label: "Sync direction", help: "One-way from source to target, or both ways." },
  conflictRule: { label: "Conflict rule", help: "Which value wins when both sides hold a different one, and what happens to the other." },
  valueMap: { label: "Value map", help: "For a status: each source state and the target state it becomes." },
};

export const VALUE_MAP_PAIR_FIELDS: Readonly<Record<keyof Required<ValueMapPair>, FieldText>> = {
  from: { label: "Source value", help: "A state as the source system names it, e.g. “Open”." },
  to: { label: "Target value", help: "The same state as the target system names it, e.g. “Active - In Progress”." },
};

export const FIELD_MAPPINGS_TEXT: PlanSectionText = {
  key: "fieldMappings",
  title: "Field mappings",
  why: "Two systems can use the same field name for different things: “status” may be a lifecycle stage in one and account health in the other. Left to developers, such differences surface later as quietly corrupted records; a sheet the business reviews catches them while they are cheap to fix.",
  goodAnswer:
    "One row per mapped field with both ends named, its transformation, whether it is required, the sync direction and a conflict rule wherever two writers can meet. Each target field has one source, the owning system is never overwritten from elsewhere, and every status field carries a value map.",
  shape: "rows",
  source: "004 §Define the field mapping as a business document",
  fields: FIELD_MAPPING_FIELDS,
};
