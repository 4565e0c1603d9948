/** The database shape a schema describes, in one normalised form both sides are turned into. */
export interface ColumnShape {
  type: string; // "text", "integer", "timestamp(3)", "enum:role", …
  nullable: boolean;
}

export interface IndexShape {
  table: string;
  columns: string[];
  unique: boolean;
  primary: boolean;
}

export interface ForeignKeyShape {
  table: string;
  columns: string[];
  references: string; // "table(col, …)"
  onDelete: string; // "CASCADE", "SET NULL", "RESTRICT", "NO ACTION"
}

export interface DatabaseShape {
  tables: Record<string, Record<string, ColumnShape>>;
  indexes: Record<string, IndexShape>; // by name
  foreignKeys: Record<string, ForeignKeyShape>; // by name
  enums: Record<string, string[]>;
}

/** Every difference between what the schema expects and what the database has, one line each. */
export function diffShapes(expected: DatabaseShape, actual: DatabaseShape): string[] {
  const problems: string[] = [];
  const compareKeys = (kind: string, a: Record<string, unknown>, b: Record<string, unknown>, prefix = "") => {
    for (const key of Object.keys(a)) if (!(key in b)) problems.push(`${kind} ${prefix}${key} is in schema.prisma but not in the database`);
    for (const key of Object.keys(b)) if (!(key in a)) problems.push(`${kind} ${prefix}${key} is in the database but not in schema.prisma`);
  };
  compareKeys("table", expected.tables, actual.tables);
  for (const [table, columns] of Object.entries(expected.tables)) {
    const actualColumns = actual.tables[table];
    if (!actualColumns) continue;
    compareKeys("column", columns, actualColumns, `${table}.`);
    for (const [name, column] of Object.entries(columns)) {
      const other = actualColumns[name];
      if (!other) continue;
      if (other.type !== column.type)
        problems.push(`column ${table}.${name}: type ${column.type} in schema.prisma, ${other.type} in the database`);
      if (other.nullable !== column.nullable)
        problems.push(
          `column ${table}.${name}: ${column.nullable ? "nullable" : "NOT NULL"} in schema.prisma, ${other.nullable ? "nullable" : "NOT NULL"} in the database`,
        );
    }
  }
  const compareRecords = (kind: string, a: Record<string, object>, b: Record<string, object>) => {
    compareKeys(kind, a, b);
    for (const [name, value] of Object.entries(a)) {
      const other = b[name];
      if (other && JSON.stringify(other) !== JSON.stringify(value))
        problems.push(`${kind} ${name}: ${JSON.stringify(value)} in schema.prisma, ${JSON.stringify(other)} in the database`);
    }
  };
  compareRecords("index", expected.indexes, actual.indexes);
  compareRecords("foreign key", expected.foreignKeys, actual.foreignKeys);
  compareRecords(
    "enum",
    Object.fromEntries(Object.entries(expected.enums).map(([k, v]) => [k, { values: v }])),
    Object.fromEntries(Object.entries(actual.enums).map(([k, v]) => [k, { values: v }])),
  );
  return problems;
}
