/**
 * The mapping sheet's columns, in the order of the document's mapping row: the header each
 * one carries (the framework's own label), the names a header may use instead, and how a
 * cell becomes the row's value and back. Pure; no zod (the browser can export without it).
 */
import {
  CUSTOM_OBJECT_PREFIX,
  ENUM_LABELS,
  FIELD_MAPPING_FIELDS,
  MAPPING_KIND_LABELS,
  MAPPING_KINDS,
  OBJECTS,
  SYNC_DIRECTIONS,
  SYSTEMS,
  type BusinessObject,
  type CustomObject,
  type FieldMappingRow,
} from "@/lib/readiness/client";
import { enumReader, normalizeName, readBoolean, writeBoolean, type CellReading } from "./cell-values";
import { readValueMap, writeValueMap } from "./value-map";

export type ColumnKey = keyof Required<FieldMappingRow>;

export interface SheetColumn {
  key: ColumnKey;
  /** The header as people read it: the framework's label of the field. */
  label: string;
  /** Header names that select this column, normalized (`normalizeName`): the key and the label. */
  aliases: readonly string[];
  /** A non-blank, trimmed cell as the row's value; the schema checks sizes and characters afterwards. */
  read(cell: string): CellReading<unknown>;
  /** The row's value as a cell ("" when the row has none). */
  write(row: FieldMappingRow): string;
}

const readSystem = enumReader(SYSTEMS, ENUM_LABELS.systems);
const readBuiltInObject = enumReader(OBJECTS, ENUM_LABELS.objects, "custom:<name>");
const OBJECT_LABELS: Readonly<Record<string, string>> = ENUM_LABELS.objects;

/** A built-in object by label or key, or `custom:<name>` (the prefix in any case). */
function readObject(cell: string): CellReading<BusinessObject> {
  if (!cell.toLowerCase().startsWith(CUSTOM_OBJECT_PREFIX)) return readBuiltInObject(cell);
  const custom: CustomObject = `${CUSTOM_OBJECT_PREFIX}${cell.slice(CUSTOM_OBJECT_PREFIX.length)}`;
  return { ok: true, value: custom };
}

function labelOf(key: ColumnKey): string {
  return FIELD_MAPPING_FIELDS[key].label;
}

function column(key: ColumnKey, read: SheetColumn["read"], write: SheetColumn["write"]): SheetColumn {
  const label = labelOf(key);
  return { key, label, aliases: [...new Set([normalizeName(key), normalizeName(label)])], read, write };
}

function textColumn(key: "sourceField" | "targetField" | "transform" | "conflictRule"): SheetColumn {
  return column(
    key,
    (cell) => ({ ok: true, value: cell }),
    (row) => row[key] ?? "",
  );
}

function systemColumn(key: "sourceSystem" | "targetSystem"): SheetColumn {
  return column(key, readSystem, (row) => {
    const value = row[key];
    return value === undefined ? "" : ENUM_LABELS.systems[value];
  });
}

export const SHEET_COLUMNS: readonly SheetColumn[] = [
  column("object", readObject, (row) => (row.object === undefined ? "" : (OBJECT_LABELS[row.object] ?? row.object))),
  systemColumn("sourceSystem"),
  textColumn("sourceField"),
  systemColumn("targetSystem"),
  textColumn("targetField"),
  column("kind", enumReader(MAPPING_KINDS, MAPPING_KIND_LABELS), (row) => (row.kind === undefined ? "" : MAPPING_KIND_LABELS[row.kind])),
  textColumn("transform"),
  column("required", readBoolean, (row) => (row.required === undefined ? "" : writeBoolean(row.required))),
  column("direction", enumReader(SYNC_DIRECTIONS, ENUM_LABELS.syncDirection), (row) =>
    row.direction === undefined ? "" : ENUM_LABELS.syncDirection[row.direction],
  ),
  textColumn("conflictRule"),
  column("valueMap", readValueMap, (row) => (row.valueMap === undefined ? "" : writeValueMap(row.valueMap))),
];

/**
 * The columns a header row must name: the two ends of a mapping. Without them a sheet
 * cannot be a mapping sheet, whatever else it holds; every other column may be left out.
 */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ["sourceSystem", "sourceField", "targetSystem", "targetField"];

const BY_ALIAS: ReadonlyMap<string, SheetColumn> = new Map(SHEET_COLUMNS.flatMap((each) => each.aliases.map((alias) => [alias, each])));

/** The column a header cell names, or undefined. */
export function columnForHeader(header: string): SheetColumn | undefined {
  return BY_ALIAS.get(normalizeName(header));
}

export function columnLabel(key: ColumnKey): string {
  return labelOf(key);
}
