import { defineConfig } from "prisma/config";

// The one place besides lib/env.ts that reads the environment: the Prisma CLI needs it.
// `env()` would throw when DATABASE_URL is unset (e.g. during `prisma generate`).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
