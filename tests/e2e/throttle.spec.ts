import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./support/accounts";

// Its own client address (the e2e server trusts one proxy hop), so the limits this test
// reaches do not touch the other tests.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" } });

test("after 5 failed sign-ins an account waits a growing delay, answered with a retry message (HTTP 429)", async ({ page }) => {
  const email = uniqueEmail("throttled");
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong password number one");
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password do not match an account.");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  const answer = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: "Sign in" }).click();
  expect((await answer).status()).toBe(429);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^Too many failed sign-in attempts\. Try again in [12] seconds?\.$/);
});
