import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./support/accounts";

// Its own client address, so the per-address limit this test reaches does not touch the other tests.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" } });

test("the 11th failed sign-in in 15 minutes is refused with a retry message (HTTP 429)", async ({ page }) => {
  const email = uniqueEmail("throttled");
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong password number one");
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password do not match an account.");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  const answer = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: "Sign in" }).click();
  expect((await answer).status()).toBe(429);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-in attempts. Try again in");
});
