/**
 * The mapping grid's columns: the sheet's column order (as the CSV and the paste read it),
 * each with the kind of cell that edits it and its width. Widths are fixed so every row has
 * the same height, which is what lets the grid render only the rows on screen.
 */
import {
  ENUM_LABELS,
  FIELD_MAPPING_FIELDS,
  LIMITS,
  MAPPING_KINDS,
  MAPPING_KIND_LABELS,
  SYNC_DIRECTIONS,
  SYSTEMS,
  type FieldMappingRow,
} from "@/lib/readiness/client";

export type MappingKey = keyof Required<FieldMappingRow>;

export interface ListChoice {
  value: string;
  label: string;
}

export type GridColumn =
  | { key: MappingKey; label: string; width: number; cell: "text"; maxLength: number }
  | { key: MappingKey; label: string; width: number; cell: "list"; choices: readonly ListChoice[] }
  | { key: MappingKey; label: string; width: number; cell: "object" | "valueMap" };

function choices<T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>): ListChoice[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

const SYSTEM_CHOICES = choices(SYSTEMS, ENUM_LABELS.systems);
const label = (key: MappingKey) => FIELD_MAPPING_FIELDS[key].label;
const text = (key: MappingKey, width: number, long = false): GridColumn => ({
  key,
  label: label(key),
  width,
  cell: "text",
  maxLength: long ? LIMITS.longText : LIMITS.shortText,
});
const list = (key: MappingKey, width: number, options: readonly ListChoice[]): GridColumn => ({
  key,
  label: label(key),
  width,
  cell: "list",
  choices: options,
});

export const GRID_COLUMNS: readonly GridColumn[] = [
  { key: "object", label: label("object"), width: 168, cell: "object" },
  list("sourceSystem", 168, SYSTEM_CHOICES),
  text("sourceField", 168),
  list("targetSystem", 168, SYSTEM_CHOICES),
  text("targetField", 168),
  list("kind", 190, choices(MAPPING_KINDS, MAPPING_KIND_LABELS)),
  text("transform", 200, true),
  list("required", 92, [
    { value: "yes", label: "Yes" },
    { value: "no", label: "No" },
  ]),
  list("direction", 150, choices(SYNC_DIRECTIONS, ENUM_LABELS.syncDirection)),
  text("conflictRule", 200, true),
  { key: "valueMap", label: label("valueMap"), width: 124, cell: "valueMap" },
];

/** The row number column on the left and the row's buttons on the right. */
export const ROW_HEADER_WIDTH = 56;
export const ROW_ACTIONS_WIDTH = 132;

/** Every row is this tall (px): one line of inputs; the table fixes it so rows never wrap. */
export const ROW_HEIGHT = 41;

/** `required` is a boolean in the document and a Yes/No list in the grid. */
export function listValueOf(key: MappingKey, stored: unknown): string {
  if (key === "required") return stored === true ? "yes" : stored === false ? "no" : "";
  return typeof stored === "string" ? stored : "";
}

export function storedValueOf(key: MappingKey, chosen: string): unknown {
  if (chosen === "") return undefined;
  if (key === "required") return chosen === "yes";
  return chosen;
}
