import { createPrismaClient, type Db } from "@/lib/db/client";

/** Integration tests run inside `with-db`, which sets DATABASE_URL to a migrated database. */
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests with `npm run test:integration`.");
  return url;
}

let client: Db | undefined;

export function testDb(): Db {
  client ??= createPrismaClient(testDatabaseUrl());
  return client;
}
