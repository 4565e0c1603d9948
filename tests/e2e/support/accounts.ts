import { expect, type Page } from "@playwright/test";

let counter = 0;

/** A unique email per call, so runs never collide with each other or with the demo data. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.test`;
}

export const TEST_PASSWORD = "correct horse battery";

export async function signUp(page: Page, name: string, email: string, organizationName?: string) {
  // Each sign-up plays a different person behind the proxy the e2e server trusts, so the
  // per-address sign-up limit counts this suite's sign-ups separately.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.18.${counter % 250}.${Math.floor(Math.random() * 250) + 1}` });
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
  if (organizationName) await page.getByLabel("Organization name").fill(organizationName);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Password hashing and the first render of a cold server take seconds on a loaded machine.
  await expect(page).toHaveURL(/\/o\/[a-z0-9-]+/, { timeout: 30_000 });
}
