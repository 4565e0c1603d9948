import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { signIn, signUp, uniqueEmail } from "./support/accounts";

test("sign up lands in the new user's own organization, as its owner", async ({ page }) => {
  const email = uniqueEmail("founder");
  await signUp(page, "Zoë Müller", email, "Łódź Logistics");
  await expect(page).toHaveURL(/\/o\/lodz-logistics/);
  await expect(page.getByRole("heading", { level: 1, name: "Łódź Logistics" })).toBeVisible();
  await expect(page.getByText("You are owner here")).toBeVisible();
});

test("a taken email gets the same answer as a new one, then the advice to sign in, and the form keeps what was typed", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Someone Else");
  await page.getByLabel("Work email").fill(DEMO_USERS[0].email);
  await page.getByLabel("Password", { exact: true }).fill("another long password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "If you already have an account with this email, sign in with its password instead." }),
  ).toBeVisible();
  await expect(page.getByText("An account with this email already exists.")).toHaveCount(0);
  await expect(page.getByLabel("Your name")).toHaveValue("Someone Else");
  await expect(page.getByLabel("Work email")).toHaveValue(DEMO_USERS[0].email);
  await expect(page).toHaveURL(/\/sign-up/);
  await expect(page.getByRole("main").getByRole("link", { name: "Sign in" }).first()).toHaveAttribute("href", "/sign-in");
});

test("a short password is refused next to its field", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Short Password");
  await page.getByLabel("Work email").fill(uniqueEmail("short"));
  await page.getByLabel("Password", { exact: true }).fill("tooshort");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
});

test("the demo login works, and sign-in and overview pages have no accessibility violations", async ({ page }) => {
  await page.goto("/sign-in");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await signIn(page, DEMO_USERS[0].email, DEMO_PASSWORD);
  await page.goto("/o/northwind-revenue-ops");
  await expect(page.getByRole("heading", { level: 1, name: "Northwind Revenue Ops" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.screenshot({ path: "test-results/screens/overview.png", fullPage: true });
});

test("wrong credentials get one generic message, whether or not the account exists", async ({ page }) => {
  for (const email of [DEMO_USERS[1].email, uniqueEmail("nobody")]) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("definitely wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("That email and password do not match an account.");
  }
});

test("callbackUrl never leaves our origin", async ({ page, baseURL }) => {
  for (const evil of ["https://evil.example", "//evil.example", "/\\evil.example"]) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(evil)}`);
    await page.getByLabel("Email").fill(DEMO_USERS[2].email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname !== "/sign-in");
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  }
});

test("every page sends the security headers, and signed-in pages are never cached", async ({ page }) => {
  const signInPage = await page.goto("/sign-in");
  const headers = signInPage!.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBeTruthy();
  expect(headers["strict-transport-security"]).toMatch(/max-age=/);
  await signIn(page, DEMO_USERS[2].email, DEMO_PASSWORD);
  const orgPage = await page.goto("/o/northwind-revenue-ops");
  expect(orgPage!.headers()["cache-control"]).toContain("no-store");
});
