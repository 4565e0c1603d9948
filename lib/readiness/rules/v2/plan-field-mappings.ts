/**
 * Field-mapping sheet (plan.fieldMappings): a business document saying which field feeds
 * which, who wins a conflict, and how status values translate (seed 004 "Define the field
 * mapping as a business document", "Start with system ownership"; seed 001 §3–4).
 */
import { OBJECTS, type BusinessObject, type SystemKey } from "../../enums";
import { hasText, inlineLabel, isBlank, joinList, quote } from "../../engine/text";
import { FIELD_MAPPING_FIELDS } from "../../framework/plan-text/field-mappings";
import type { FieldMappingRow } from "../../schema/assessment-v2";
import type { SourceOfTruthRow } from "../../schema/assessment";
import { describeObject, systemLabel } from "../describe";
import { objectIdentity } from "../q2-source-of-truth";
import { fieldTarget, planRowHits, rowTarget } from "../rows";
import type { RuleDefinition, RuleHit } from "../types";
import { someNames } from "./some-names";

const SOURCE = "004 §Define the field mapping as a business document";
const OWNERSHIP_SOURCE = "004 §Start with system ownership";
const SECTION = "fieldMappings";
/** How many other sources a MAPPING_TARGET_TWO_SOURCES message names before "and N more". */
const NAMED = 3;

/** "CRM Email", "CRM", "Email" or "" — one side of a mapping as a person would say it. */
function sideText(system: SystemKey | undefined, field: string | undefined): string {
  const parts: string[] = [];
  if (system !== undefined) parts.push(systemLabel(system));
  if (hasText(field)) parts.push(field.trim());
  return parts.join(" ");
}

/** `Mapping "CRM Email → Support desk requester_email"`; `?` stands for a side not given. */
export function describeMapping(row: FieldMappingRow): string {
  const source = sideText(row.sourceSystem, row.sourceField);
  const target = sideText(row.targetSystem, row.targetField);
  if (source === "" && target === "") return "A mapping row with no fields named";
  return `Mapping ${quote(`${source === "" ? "?" : source} → ${target === "" ? "?" : target}`)}`;
}

function describeObjectInline(object: BusinessObject): string {
  const row: SourceOfTruthRow = { object };
  return inlineLabel(describeObject(row));
}

/** The built-in objects' inline texts, built once: NO_FIELD_MAPPING names every moving row's object. */
const BUILT_IN_OBJECT_TEXT: ReadonlyMap<string, string> = new Map(OBJECTS.map((object) => [object, describeObjectInline(object)]));

/** `object "Contact"` or `custom object "Renewal quote"`, inline. */
function objectText(object: BusinessObject): string {
  return BUILT_IN_OBJECT_TEXT.get(object) ?? describeObjectInline(object);
}

/** Field names compare trimmed and ignoring case: "Email " and "email" are one field. */
function fieldKey(field: string | undefined): string {
  return hasText(field) ? field.trim().toLowerCase() : "";
}

/** Both ends of a mapping, in the order of the row's fields. */
const ENDS = ["sourceSystem", "sourceField", "targetSystem", "targetField"] as const;

function isMissing(row: FieldMappingRow, part: (typeof ENDS)[number]): boolean {
  const value = row[part];
  return value === undefined || isBlank(value);
}

/** Whether an end is missing; cheaper than listing them, which only a hit needs. */
function hasMissingPart(row: FieldMappingRow): boolean {
  return ENDS.some((part) => isMissing(row, part));
}

function missingParts(row: FieldMappingRow): string[] {
  return ENDS.filter((part) => isMissing(row, part)).map((part) => inlineLabel(FIELD_MAPPING_FIELDS[part].label));
}

/** Every owning system the source-of-truth list names per object identity. */
function ownersByObject(rows: readonly SourceOfTruthRow[] | undefined): Map<string, Set<SystemKey>> {
  const owners = new Map<string, Set<SystemKey>>();
  for (const row of rows ?? []) {
    if (row.object === undefined) continue;
    const identity = objectIdentity(row.object);
    let set = owners.get(identity);
    if (set === undefined) {
      set = new Set();
      owners.set(identity, set);
    }
    if (row.owningSystem !== undefined) set.add(row.owningSystem);
  }
  return owners;
}

/** Q2 moves data between systems: a two-way sync, or the AI may update or trigger. */
function movesData(row: SourceOfTruthRow): boolean {
  return row.syncDirection === "bidirectional" || row.aiAccess === "update" || row.aiAccess === "trigger";
}

interface Writer {
  index: number;
  row: FieldMappingRow;
  sourceKey: string;
}

/**
 * MAPPING_TARGET_TWO_SOURCES: rows grouped by the target they write (system + field);
 * a group with two different sources and a row without a conflict rule flags every row.
 * Messages name the other sources in code-point order, never row order.
 */
function targetCollisions(rows: readonly FieldMappingRow[]): RuleHit[] {
  const groups = new Map<string, Writer[]>();
  rows.forEach((row, index) => {
    // A row takes part once its target is named in full and its source at least in part
    // (with nothing on the source side there is nothing to compare; MAPPING_INCOMPLETE
    // flags it). A missing source part is a value of its own: "CRM" is not "CRM Email".
    if (row.targetSystem === undefined || isBlank(row.targetField)) return;
    if (row.sourceSystem === undefined && isBlank(row.sourceField)) return;
    const targetKey = `${row.targetSystem}\u0000${fieldKey(row.targetField)}`;
    const writer = { index, row, sourceKey: `${row.sourceSystem ?? ""}\u0000${fieldKey(row.sourceField)}` };
    const group = groups.get(targetKey);
    if (group === undefined) groups.set(targetKey, [writer]);
    else group.push(writer);
  });
  const hits: RuleHit[] = [];
  for (const group of groups.values()) {
    if (group.length < 2 || !group.some((writer) => isBlank(writer.row.conflictRule))) continue;
    // One label per source: the smallest spelling among its rows, so row order cannot change it.
    const labels = new Map<string, string>();
    for (const { row, sourceKey } of group) {
      const label = sideText(row.sourceSystem, row.sourceField);
      const known = labels.get(sourceKey);
      if (known === undefined || label < known) labels.set(sourceKey, label);
    }
    if (labels.size < 2) continue;
    // Sorted once per group; each row then skips its own source, so a group of n rows
    // costs n log n, not n² (one target written from a thousand sources stays cheap).
    const ordered = [...labels].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0));
    const others = labels.size - 1;
    for (const writer of group) {
      const shown: string[] = [];
      for (const [key, label] of ordered) {
        if (shown.length === NAMED) break;
        if (key !== writer.sourceKey) shown.push(quote(label));
      }
      const named = others > NAMED ? `${shown.join(", ")} and ${others - NAMED} more` : joinList(shown);
      hits.push({
        target: rowTarget("plan", SECTION, writer.index),
        message: `${describeMapping(writer.row)} writes a target field that ${named} also ${others === 1 ? "writes" : "write"}, and not every one of these mappings has a conflict rule, so whichever runs last wins.`,
      });
    }
  }
  return hits;
}

export const FIELD_MAPPING_RULES: readonly RuleDefinition[] = [
  {
    id: "NO_FIELD_MAPPING",
    severity: "warning",
    planSection: SECTION,
    requires: ["sourceOfTruth"],
    track: "semantics",
    stage: 1,
    title: "Data moves between systems without a mapping sheet",
    source: SOURCE,
    remediation:
      "Write the mapping sheet with the business: for each field, its source and target system and field, the transformation, whether it is required, the sync direction and the conflict rule.",
    check: (document, context) => {
      if (context.planAnswered.fieldMappings) return [];
      const moving = (document.answers?.sourceOfTruth ?? []).filter(movesData);
      if (moving.length === 0) return [];
      const names: string[] = [];
      for (const row of moving) if (row.object !== undefined) names.push(objectText(row.object));
      const some = someNames(names, NAMED);
      const named = some === "" ? "" : ` for ${some}`;
      return [
        {
          target: fieldTarget("plan", SECTION),
          message: `Data moves between systems (a two-way sync or AI updates${named}), but no field mapping says which field feeds which and how it is transformed.`,
        },
      ];
    },
  },
  {
    id: "MAPPING_INCOMPLETE",
    severity: "warning",
    planSection: SECTION,
    requires: [],
    requiresPlan: [SECTION],
    track: "semantics",
    stage: 1,
    title: "Mapping row incomplete",
    source: SOURCE,
    remediation: "Fill in both ends of the mapping: source system and field, target system and field.",
    check: (document) =>
      planRowHits(
        document.plan?.fieldMappings,
        SECTION,
        (row) => hasMissingPart(row),
        (row) =>
          `${describeMapping(row)} has no ${joinList(missingParts(row), "or")}, so nobody can review where the value comes from and where it lands.`,
      ),
  },
  {
    id: "MAPPING_BIDIRECTIONAL_NO_RULE",
    severity: "blocker",
    planSection: SECTION,
    requires: [],
    requiresPlan: [SECTION],
    track: "semantics",
    stage: 1,
    title: "Two-way field mapping without a conflict rule",
    source: SOURCE,
    remediation: "Write which side wins when both systems change this field, or make the mapping one-way.",
    check: (document) =>
      planRowHits(
        document.plan?.fieldMappings,
        SECTION,
        (row) => row.direction === "bidirectional" && isBlank(row.conflictRule),
        (row) =>
          `${describeMapping(row)} syncs both ways without a conflict rule, so each system can silently overwrite the other's edits.`,
      ),
  },
  {
    id: "MAPPING_TARGET_TWO_SOURCES",
    severity: "blocker",
    planSection: SECTION,
    requires: [],
    requiresPlan: [SECTION],
    track: "semantics",
    stage: 1,
    title: "Target field written from two sources",
    source: OWNERSHIP_SOURCE,
    remediation: "Let one source write this target field, or give every mapping that writes it a conflict rule saying which value wins.",
    check: (document) => targetCollisions(document.plan?.fieldMappings ?? []),
  },
  {
    id: "MAPPING_OVERWRITES_OWNER",
    severity: "blocker",
    planSection: SECTION,
    requires: ["sourceOfTruth"],
    requiresPlan: [SECTION],
    track: "semantics",
    stage: 1,
    title: "Mapping overwrites the system of record",
    source: OWNERSHIP_SOURCE,
    remediation:
      "Reverse the mapping so the owning system feeds the others, or write a conflict rule saying when a value from elsewhere may replace the owner's.",
    check: (document) => {
      const owners = ownersByObject(document.answers?.sourceOfTruth);
      const hits: RuleHit[] = [];
      (document.plan?.fieldMappings ?? []).forEach((row, index) => {
        const { object, sourceSystem, targetSystem } = row;
        if (row.direction !== "one_way" || object === undefined || !isBlank(row.conflictRule)) return;
        if (sourceSystem === undefined || targetSystem === undefined || sourceSystem === targetSystem) return;
        const owning = owners.get(objectIdentity(object));
        if (owning === undefined || owning.size !== 1 || !owning.has(targetSystem)) return;
        hits.push({
          target: rowTarget("plan", SECTION, index),
          message: `${describeMapping(row)} pushes ${systemLabel(sourceSystem)} data one way into ${systemLabel(targetSystem)}, the owning system of ${objectText(object)}, with no conflict rule, so it can overwrite the system of record.`,
        });
      });
      return hits;
    },
  },
  {
    id: "MAPPING_OBJECT_UNOWNED",
    severity: "warning",
    planSection: SECTION,
    requires: ["sourceOfTruth"],
    requiresPlan: [SECTION],
    track: "semantics",
    stage: 1,
    title: "Mapped object missing from the source of truth",
    source: "001 §3 Assign Data Ownership Explicitly",
    remediation: "Add the object to the source-of-truth list with its owning system, sync direction and conflict rule.",
    check: (document) => {
      const owners = ownersByObject(document.answers?.sourceOfTruth);
      const hits: RuleHit[] = [];
      (document.plan?.fieldMappings ?? []).forEach((row, index) => {
        if (row.object === undefined || owners.has(objectIdentity(row.object))) return;
        hits.push({
          target: rowTarget("plan", SECTION, index),
          message: `${describeMapping(row)} maps ${objectText(row.object)}, which the source-of-truth list does not name, so no system has been agreed as its owner.`,
        });
      });
      return hits;
    },
  },
  {
    id: "STATUS_VALUES_UNMAPPED",
    severity: "warning",
    planSection: SECTION,
    requires: [],
    requiresPlan: [SECTION],
    track: "semantics",
    stage: 1,
    title: "Status mapping without a value map",
    source: "001 §4 Standardize IDs, Statuses, and Taxonomies",
    remediation: "List each status value of the source and the value it becomes in the target, e.g. Open → Active - In Progress.",
    check: (document) =>
      planRowHits(
        document.plan?.fieldMappings,
        SECTION,
        (row) => row.kind === "status" && !(row.valueMap ?? []).some((pair) => hasText(pair.from) || hasText(pair.to)),
        (row) =>
          `${describeMapping(row)} carries status values but has no value map, so a state named one way in one system can arrive as a different state in the other.`,
      ),
  },
];
