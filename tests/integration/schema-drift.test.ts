import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffShapes } from "../support/schema/model";
import { shapeFromDatabase } from "../support/schema/from-database";
import { shapeFromPrismaSchema } from "../support/schema/from-prisma";
import { testDatabaseUrl } from "./support/database";

const schemaSource = readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");

describe("migrations match schema.prisma", () => {
  it("has no drift: tables, columns, types, nullability, uniques, indexes, foreign keys and enums agree", async () => {
    const expected = shapeFromPrismaSchema(schemaSource);
    const actual = await shapeFromDatabase(testDatabaseUrl());
    expect(Object.keys(expected.tables).length).toBeGreaterThanOrEqual(6);
    expect(diffShapes(expected, actual)).toEqual([]);
  });

  it("notices a column added to schema.prisma without a migration", async () => {
    const edited = schemaSource.replace("  name           String\n", "  name           String\n  nickname       String?\n");
    expect(edited).not.toBe(schemaSource);
    const problems = diffShapes(shapeFromPrismaSchema(edited), await shapeFromDatabase(testDatabaseUrl()));
    expect(problems).toContain("column users.nickname is in schema.prisma but not in the database");
  });

  it("notices a changed nullability, a dropped index and a changed foreign key rule", async () => {
    const edited = schemaSource
      .replace("  slug        String       @unique", "  slug        String?      @unique")
      .replace("  @@index([userId])\n", "")
      .replace(
        'acceptedBy     User?        @relation("InvitationAcceptedBy", fields: [acceptedById], references: [id], onDelete: SetNull)',
        'acceptedBy     User?        @relation("InvitationAcceptedBy", fields: [acceptedById], references: [id], onDelete: Cascade)',
      );
    const problems = diffShapes(shapeFromPrismaSchema(edited), await shapeFromDatabase(testDatabaseUrl()));
    expect(problems).toEqual(
      expect.arrayContaining([
        "column organizations.slug: nullable in schema.prisma, NOT NULL in the database",
        "index memberships_user_id_idx is in the database but not in schema.prisma",
        expect.stringMatching(/^foreign key invitations_accepted_by_id_fkey: .*CASCADE.*SET NULL/),
      ]),
    );
  });
});
