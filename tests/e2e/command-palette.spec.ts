import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { signIn } from "./support/accounts";
import { ORG } from "./support/workspace";

test.beforeEach(async ({ page }) => {
  await signIn(page, DEMO_USERS[2].email, DEMO_PASSWORD); // the executive: a viewer
});

const palette = (page: Page) => page.getByRole("dialog", { name: /^Search / });
const combobox = (page: Page) => palette(page).getByRole("combobox");

/** The page may still be hydrating once loaded: press again until the palette answers (a press while it loads toggles it). */
async function openWithShortcut(page: Page) {
  await expect(async () => {
    if (!(await palette(page).isVisible())) await page.keyboard.press("Control+K");
    await expect(combobox(page)).toBeFocused({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

async function expectNoAxeViolationsInPalette(page: Page) {
  const results = await new AxeBuilder({ page }).include("[role=dialog]").analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("Control+K opens the palette; arrows and Enter open a project's dashboard", async ({ page }) => {
  await page.goto(ORG);
  await openWithShortcut(page);
  await combobox(page).fill("Lead intake");
  const option = palette(page).getByRole("option", { name: /Lead intake enrichment/ });
  await expect(option).toBeVisible();
  await expect(palette(page).getByRole("group", { name: "Projects" })).toBeVisible();
  await expectNoAxeViolationsInPalette(page);
  await page.keyboard.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await expect(combobox(page)).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/o\/northwind-revenue-ops\/projects\/[0-9a-f-]{36}\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Lead intake enrichment");
  await expect(palette(page)).toHaveCount(0);
});

test("the Search button opens it, Escape closes it and focus goes back to the button", async ({ page }) => {
  await page.goto(`${ORG}/projects`);
  const button = page.getByRole("banner").getByRole("button", { name: /^Search/ });
  await expect(async () => {
    if (!(await palette(page).isVisible())) await button.click();
    await expect(combobox(page)).toBeFocused({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await combobox(page).fill("a_%");
  await expect(palette(page).getByRole("status")).toHaveText(/Nothing found/);
  await page.keyboard.press("Escape");
  await expect(palette(page)).toHaveCount(0);
  await expect(button).toBeFocused();
});

test("inside a project a question opens that step of its workspace; elsewhere the rule catalogue", async ({ page }) => {
  await page.goto(`${ORG}/projects`);
  await page.getByRole("link", { name: "Support reply drafting" }).click();
  await page.getByRole("link", { name: "Workspace", exact: true }).click();
  await expect(page.getByTestId("workspace")).toBeVisible();
  await openWithShortcut(page);
  await combobox(page).fill("Q5");
  await expect(palette(page).getByRole("option", { name: /Q5 Actions/ })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#answers\.actions$/);
  await expect(page.locator("#step-actions")).toHaveAttribute("aria-current", "step");

  await page.goto(ORG);
  await openWithShortcut(page);
  await combobox(page).fill("source of truth");
  await palette(page)
    .getByRole("option", { name: /Q2 Sources of truth/ })
    .click();
  await expect(page).toHaveURL(/\/rules#group-sourceOfTruth$/);
});
