/** Reads the live database's tables, columns, indexes, foreign keys and enums into a DatabaseShape. */
import pg from "pg";
import type { DatabaseShape } from "./model";

const DELETE_RULE: Record<string, string> = { c: "CASCADE", n: "SET NULL", r: "RESTRICT", a: "NO ACTION", d: "SET DEFAULT" };

function typeOf(row: {
  data_type: string;
  udt_name: string;
  datetime_precision: number | null;
  character_maximum_length: number | null;
}): string {
  if (row.data_type === "ARRAY")
    return `${row.udt_name
      .replace(/^_/, "")
      .replace(/^float8$/, "double precision")
      .replace(/^int4$/, "integer")}[]`;
  if (row.data_type === "USER-DEFINED") return `enum:${row.udt_name}`;
  if (row.data_type === "timestamp without time zone") return `timestamp(${row.datetime_precision})`;
  if (row.data_type === "timestamp with time zone") return `timestamptz(${row.datetime_precision})`;
  if (row.data_type === "character varying") return `character varying(${row.character_maximum_length})`;
  return row.data_type;
}

export async function shapeFromDatabase(url: string): Promise<DatabaseShape> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const shape: DatabaseShape = { tables: {}, indexes: {}, foreignKeys: {}, enums: {} };
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, udt_name, datetime_precision, character_maximum_length, is_nullable
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    for (const row of columns.rows) {
      (shape.tables[row.table_name] ??= {})[row.column_name] = { type: typeOf(row), nullable: row.is_nullable === "YES" };
    }
    const indexes = await client.query(
      `SELECT i.relname AS name, t.relname AS table, ix.indisunique AS unique, ix.indisprimary AS primary,
              array_agg(a.attname::text ORDER BY k.ord) AS columns
         FROM pg_index ix
         JOIN pg_class i ON i.oid = ix.indexrelid
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'
        GROUP BY i.relname, t.relname, ix.indisunique, ix.indisprimary`,
    );
    for (const row of indexes.rows)
      shape.indexes[row.name] = { table: row.table, columns: row.columns, unique: row.unique, primary: row.primary };
    const fks = await client.query(
      `SELECT c.conname AS name, t.relname AS table, r.relname AS ref, c.confdeltype AS on_delete,
              (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
              (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS ref_columns
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_class r ON r.oid = c.confrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE c.contype = 'f' AND n.nspname = 'public'`,
    );
    for (const row of fks.rows) {
      shape.foreignKeys[row.name] = {
        table: row.table,
        columns: row.columns,
        references: `${row.ref}(${row.ref_columns.join(", ")})`,
        onDelete: DELETE_RULE[row.on_delete] ?? row.on_delete,
      };
    }
    const enums = await client.query(
      `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' GROUP BY t.typname`,
    );
    for (const row of enums.rows) shape.enums[row.name] = row.values;
    return shape;
  } finally {
    await client.end();
  }
}
