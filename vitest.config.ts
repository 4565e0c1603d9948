import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests that start worker threads or child processes (render pool, PDF rendering, the
// CLI): seconds each instead of milliseconds, so they run in a project of their own and
// `npm run test:unit` stays a fast loop.
const SLOW_UNIT_TESTS = [
  "tests/unit/reports/render-report.test.ts",
  "tests/unit/reports/page-sizes.test.ts",
  "tests/unit/reports/remediation-render.test.ts",
  "tests/unit/reports/plan-render.test.ts",
  "tests/unit/reports/render-pool.test.ts",
  "tests/unit/cli/evaluate.test.ts",
];

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: { "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts") },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          exclude: SLOW_UNIT_TESTS,
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "unit-slow",
          include: SLOW_UNIT_TESTS,
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One database for the run: files share it, so run them one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "system",
          include: ["tests/system/**/*.test.ts"],
          environment: "node",
          // Each file starts its own production server and database; two at once would fight for 2 cores.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
