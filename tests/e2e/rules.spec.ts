import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

test("the rule catalogue lists 69 rules under 2.0.0 and 25 under 1.0.0, one anchor per rule, with no accessibility violations", async ({
  page,
}) => {
  await page.goto("/rules");
  await expect(page.getByRole("heading", { level: 1, name: "Rule catalogue" })).toBeVisible();
  await expect(page.getByTestId("rule-count")).toHaveText("69");
  await expect(page.locator("li[data-rule-id]")).toHaveCount(69);
  await expect(page.getByRole("heading", { level: 2, name: "Plan: Rollout plan" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "References" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.goto("/rules#BIG_BANG_ROLLOUT");
  const rule = page.locator("#BIG_BANG_ROLLOUT");
  await expect(rule).toBeInViewport();
  await expect(rule.getByRole("heading", { name: "Big-bang rollout" })).toBeVisible();
  await expect(rule).toContainText("Blocker");

  await page.getByRole("navigation", { name: "Rulesets" }).getByRole("link", { name: "Ruleset 1.0.0" }).click();
  await expect(page).toHaveURL(/\?ruleset=1\.0\.0/);
  await expect(page.getByTestId("rule-count")).toHaveText("25");
  await expect(page.locator("li[data-rule-id]")).toHaveCount(25);
  await expect(page.locator("#BIG_BANG_ROLLOUT")).toHaveCount(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.goto("/rules?ruleset=9.9.9");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("There is no released ruleset");
});

test("the rule catalogue fits a 390 px wide phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/rules");
  await expect(page.getByTestId("rule-count")).toHaveText("69");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.screenshot({ path: "test-results/screens/rules-phone.png" });
});
