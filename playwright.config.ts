import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./lib/cli/test-tools";

// Fixed ports of the e2e server and its database; a second checkout running its own e2e at the
// same time moves them (E2E_PORT, E2E_DB_PORT) so the two never share a server.
const PORT = Number(process.env.E2E_PORT ?? 3210);
const DB_PORT = Number(process.env.E2E_DB_PORT ?? 15332);

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    // A fresh embedded database with the demo data, and the production build.
    command: `tsx lib/cli/with-db.ts --fresh --cluster pg-e2e --port ${DB_PORT} -- sh -c "tsx --conditions=react-server lib/cli/seed.ts && node --import tsx lib/cli/serve.ts -p ${PORT}"`,
    url: `http://localhost:${PORT}/sign-in`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    // One trusted hop: a test that sends X-Forwarded-For plays a client behind a proxy, so it
    // has a throttling bucket of its own.
    // Warnings and errors only: a line per request would bury the test report in CI's log.
    env: { NEXTAUTH_SECRET: "e2e-secret-not-for-production", PREFLIGHT_E2E: "1", TRUSTED_PROXY_HOPS: "1", LOG_LEVEL: "warn" },
  },
});
