/**
 * Reads schema.prisma (the subset this project uses: models, enums, scalar and relation fields,
 * @id @unique @map @db.*, @@map @@index @@unique @@id, an index's own name with `map:`) into the shape Prisma Migrate would create,
 * following Prisma's naming conventions for keys, indexes and foreign keys.
 */
import type { DatabaseShape } from "./model";

const SCALARS: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "timestamp(3)",
  Json: "jsonb",
  Float: "double precision",
  Bytes: "bytea",
  Decimal: "numeric(65,30)",
};

const NATIVE: Record<string, (arg?: string) => string> = {
  VarChar: (n) => `character varying(${n})`,
  Text: () => "text",
  Timestamptz: (p) => `timestamptz(${p ?? "3"})`,
  Timestamp: (p) => `timestamp(${p ?? "3"})`,
  Uuid: () => "uuid",
  SmallInt: () => "smallint",
  Date: () => "date",
};

interface Block {
  kind: "model" | "enum";
  name: string;
  lines: string[];
}

function blocks(source: string): Block[] {
  const text = source.replace(/\/\/.*$/gm, "");
  const result: Block[] = [];
  for (const match of text.matchAll(/^(model|enum)\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    result.push({
      kind: match[1] as Block["kind"],
      name: match[2]!,
      lines: match[3]!
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
    });
  }
  return result;
}

const mapOf = (line: string, attr: string) => new RegExp(`${attr}\\("([^"]+)"\\)`).exec(line)?.[1];
const listOf = (text: string) =>
  text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
const ON_DELETE: Record<string, string> = { Cascade: "CASCADE", SetNull: "SET NULL", Restrict: "RESTRICT", NoAction: "NO ACTION" };

export function shapeFromPrismaSchema(source: string): DatabaseShape {
  const all = blocks(source);
  const enumNames = new Map(
    all
      .filter((b) => b.kind === "enum")
      .map((b) => [b.name, b.lines.find((l) => l.startsWith("@@map"))?.match(/"([^"]+)"/)?.[1] ?? b.name]),
  );
  const tableOf = new Map(
    all.filter((b) => b.kind === "model").map((b) => [b.name, mapOf(b.lines.find((l) => l.startsWith("@@map")) ?? "", "@@map") ?? b.name]),
  );
  const shape: DatabaseShape = { tables: {}, indexes: {}, foreignKeys: {}, enums: {} };
  for (const block of all.filter((b) => b.kind === "enum")) {
    shape.enums[enumNames.get(block.name)!] = block.lines.filter((l) => !l.startsWith("@@")).map((l) => l.split(/\s/)[0]!);
  }
  for (const block of all.filter((b) => b.kind === "model")) {
    const table = tableOf.get(block.name)!;
    const columns: DatabaseShape["tables"][string] = {};
    const dbName = new Map<string, string>();
    const fieldLines = block.lines.filter((l) => !l.startsWith("@@"));
    for (const line of fieldLines) {
      const [name, rawType] = line.split(/\s+/) as [string, string];
      const baseType = rawType.replace(/[?[\]]/g, "");
      if (tableOf.has(baseType)) continue; // relation fields have no column
      const column = mapOf(line, "@map") ?? name;
      dbName.set(name, column);
      const native = /@db\.(\w+)(?:\(([^)]*)\))?/.exec(line);
      const type = native
        ? NATIVE[native[1]!]!(native[2])
        : enumNames.has(baseType)
          ? `enum:${enumNames.get(baseType)}`
          : SCALARS[baseType]!;
      // Scalar lists are Postgres arrays, which Prisma creates nullable.
      const list = rawType.endsWith("[]");
      columns[column] = { type: list ? `${type}[]` : type, nullable: list || rawType.endsWith("?") };
      if (/@id\b/.test(line)) shape.indexes[`${table}_pkey`] = { table, columns: [column], unique: true, primary: true };
      if (/@unique\b/.test(line)) shape.indexes[`${table}_${column}_key`] = { table, columns: [column], unique: true, primary: false };
    }
    for (const line of fieldLines) {
      const relation = /@relation\(([^)]*fields:\s*\[([^\]]+)\][^)]*)\)/.exec(line);
      if (!relation) continue;
      const target = line.split(/\s+/)[1]!.replace(/[?[\]]/g, "");
      const fields = listOf(relation[2]!).map((f) => dbName.get(f)!);
      const references = listOf(/references:\s*\[([^\]]+)\]/.exec(relation[1]!)![1]!);
      const onDelete = /onDelete:\s*(\w+)/.exec(relation[1]!)?.[1];
      shape.foreignKeys[`${table}_${fields.join("_")}_fkey`] = {
        table,
        columns: fields,
        references: `${tableOf.get(target)}(${references.join(", ")})`,
        onDelete: onDelete ? ON_DELETE[onDelete]! : line.includes("?") ? "SET NULL" : "RESTRICT",
      };
    }
    for (const line of block.lines.filter((l) => l.startsWith("@@index") || l.startsWith("@@unique"))) {
      // A field's own arguments (`blockerCount(sort: Desc)`) say how, not which column: dropped.
      const cols = listOf(/\[([^\]]+)\]/.exec(line.replace(/\((?:sort|length|ops):[^)]*\)/g, ""))![1]!).map((f) => dbName.get(f)!);
      const unique = line.startsWith("@@unique");
      const mapped = /map:\s*"([^"]+)"/.exec(line)?.[1];
      shape.indexes[mapped ?? `${table}_${cols.join("_")}_${unique ? "key" : "idx"}`] = { table, columns: cols, unique, primary: false };
    }
    for (const line of block.lines.filter((l) => l.startsWith("@@id"))) {
      shape.indexes[`${table}_pkey`] = {
        table,
        columns: listOf(/\[([^\]]+)\]/.exec(line)![1]!).map((f) => dbName.get(f)!),
        unique: true,
        primary: true,
      };
    }
    shape.tables[table] = columns;
  }
  return shape;
}
