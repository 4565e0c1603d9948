/**
 * Issue #14, small things: the desktop header's menus close on Escape and on a click outside
 * and never stack; the account menu is not left open behind the sign-out dialog; the theme
 * toggle says what it will do; a person in several organizations lands on the one used last.
 */
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { signIn } from "./support/accounts";
import { axeViolations } from "./support/phone";
import { ORG, unsentEditInNewProject } from "./support/workspace";

const OWNER = DEMO_USERS[0].email;

const organizationButton = (page: Page) => page.getByRole("button", { name: /switch organization/ });
const accountButton = (page: Page) => page.getByRole("button", { name: /account menu/ });

test("header menus close on Escape and on a click outside, and opening one closes the other", async ({ page }) => {
  await signIn(page, OWNER, DEMO_PASSWORD);
  // The menus are the same on every page: a light one keeps each axe run short.
  await page.goto(`${ORG}/members`);
  const globex = page.getByRole("link", { name: /^Globex Customer Support/ });
  const signOut = page.getByRole("button", { name: "Sign out" });

  await organizationButton(page).click();
  await expect(organizationButton(page)).toHaveAttribute("aria-expanded", "true");
  await expect(globex).toBeVisible();
  expect(await axeViolations(page), "with the organization menu open").toEqual([]);

  // Never stacked: the account menu replaces the organization menu.
  await accountButton(page).click();
  await expect(signOut).toBeVisible();
  await expect(globex).toBeHidden();
  await expect(organizationButton(page)).toHaveAttribute("aria-expanded", "false");
  expect(await axeViolations(page), "with the account menu open").toEqual([]);

  // Escape closes it and gives focus back to its button.
  await page.keyboard.press("Escape");
  await expect(signOut).toBeHidden();
  await expect(accountButton(page)).toBeFocused();
  await expect(accountButton(page)).toHaveAttribute("aria-expanded", "false");

  // A click anywhere else closes it.
  await organizationButton(page).click();
  await expect(globex).toBeVisible();
  await page.locator("main").click({ position: { x: 4, y: 4 } });
  await expect(globex).toBeHidden();

  // So does moving focus out of it with the keyboard.
  await accountButton(page).click();
  await expect(signOut).toBeVisible();
  await page.keyboard.press("Tab"); // the email is text: first the account link
  await page.keyboard.press("Tab"); // then Sign out
  await page.keyboard.press("Tab"); // then out of the menu
  await expect(signOut).toBeHidden();
});

test("the account menu closes when the sign-out dialog opens, and focus returns to it after", async ({ page }) => {
  await signIn(page, DEMO_USERS[1].email, DEMO_PASSWORD);
  await unsentEditInNewProject(page, `Desktop sign-out ${Date.now()}`);

  await accountButton(page).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  const dialog = page.getByRole("dialog", { name: "Unsaved changes" });
  await expect(dialog).toBeVisible();
  // The modal dialog hides the rest of the page from assistive technology: found by its text here.
  const behind = page.locator("header button", { hasText: "account menu" });
  await expect(behind).toHaveAttribute("aria-expanded", "false");
  await expect(page.locator("header").getByText("Account and password")).toBeHidden();
  expect(await axeViolations(page), "with the sign-out dialog open").toEqual([]);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(accountButton(page)).toBeFocused();
  await expect(accountButton(page)).toHaveAttribute("aria-expanded", "false");
});

test("the theme toggle says what it will do, in words and in a tooltip, in each mode", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await signIn(page, OWNER, DEMO_PASSWORD);
  await page.goto(`${ORG}/members`);
  // No choice made yet: the system's dark theme is in effect, so the toggle offers light.
  const toggle = page.getByRole("banner").getByRole("button", { name: /^Switch to (dark|light) theme$/ });
  await expect(toggle).toHaveAccessibleName("Switch to light theme");
  // The words are shown on hover (and on keyboard focus), not only read out.
  const tooltip = toggle.locator("[data-tooltip]");
  await expect(tooltip).toHaveCSS("opacity", "0");
  await toggle.hover();
  await expect(tooltip).toHaveCSS("opacity", "1");
  await expect(tooltip).toHaveText("Switch to light theme", { useInnerText: true });

  await toggle.click();
  await expect(page.locator("html")).toHaveClass(/\blight\b/);
  await expect(toggle).toHaveAccessibleName("Switch to dark theme");
  await toggle.click();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expect(toggle).toHaveAccessibleName("Switch to light theme");
  // The choice is kept: the next page is rendered dark, with the same words.
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expect(toggle).toHaveAccessibleName("Switch to light theme");
  expect(await axeViolations(page), "in the dark theme").toEqual([]);
  await context.close();
});

test("after signing in, someone in several organizations lands on the one they used last", async ({ page }) => {
  const signOutAndIn = async () => {
    await accountButton(page).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await signIn(page, OWNER, DEMO_PASSWORD);
  };
  await signIn(page, OWNER, DEMO_PASSWORD);
  await page.goto("/o/globex-customer-support/projects");
  await signOutAndIn();
  await expect(page).toHaveURL(/\/o\/globex-customer-support$/);

  await page.goto(`${ORG}/members`);
  await signOutAndIn();
  await expect(page).toHaveURL(new RegExp(`${ORG}$`));
});

test("an invitation link that cannot be used answers 404 with a way on", async ({ page }) => {
  const response = await page.goto("/invite/no-such-invitation-token-0000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This invitation link cannot be used" })).toBeVisible();
  await page.getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  await signIn(page, OWNER, DEMO_PASSWORD);
  expect((await page.goto("/invite/no-such-invitation-token-0000000000"))?.status()).toBe(404);
  await page.getByRole("link", { name: "Go to your organizations" }).click();
  await expect(page).toHaveURL(/\/o\/[a-z0-9-]+$/);
});
