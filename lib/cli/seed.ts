/**
 * Seeds the demo data into the database in DATABASE_URL (run through with-db, or by start.ts).
 * Run with `--conditions=react-server` so server-only modules load outside Next.
 */
import { createPrismaClient } from "@/lib/db/client";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { seedDemo } from "@/lib/demo/seed-demo";

async function main() {
  const db = createPrismaClient();
  try {
    const seeded = await seedDemo(db);
    if (seeded) {
      console.log("Demo data created. Sign in with any of:");
      for (const user of DEMO_USERS) console.log(`  ${user.email.padEnd(24)} password: ${DEMO_PASSWORD}   (${user.key})`);
    } else {
      console.log("Demo data already present.");
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`preflight: seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
