import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { signIn } from "./support/accounts";
import { expectNoAxeViolations, ORG } from "./support/workspace";

test.beforeEach(async ({ page }) => {
  await signIn(page, DEMO_USERS[2].email, DEMO_PASSWORD); // the executive: a viewer
});

test("the portfolio renders the demo data, and filtering by verdict changes the counts and survives a reload", async ({ page }) => {
  await page.goto(ORG);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("readiness portfolio");
  await expect(page.getByTestId("table-count")).toHaveText("12 projects");
  await expect(page.getByRole("heading", { name: "Most frequent blockers" })).toBeVisible();
  // Charts load when scrolled into view: each one must replace its placeholder with a drawing.
  const charts = page.locator("svg.recharts-surface[role=img]");
  for (const name of ["Portfolio readiness over time (from snapshots)", "Most frequent blockers"]) await page.getByRole("heading", { name }).scrollIntoViewIfNeeded();
  await page.getByText("Projects by verdict").scrollIntoViewIfNeeded();
  await expect(charts).toHaveCount(3);
  await page.screenshot({ path: "test-results/screens/portfolio.png", fullPage: true });
  await expectNoAxeViolations(page);

  await page.getByRole("combobox", { name: "Verdict" }).selectOption("blocked");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/verdict=blocked/);
  await expect(page.getByTestId("table-count")).toHaveText("4 projects");
  const verdicts = page.getByRole("table").first().locator("tbody tr").getByText(/Blocked|Ready|Incomplete/);
  await expect(verdicts).toHaveText(Array(4).fill("✕Blocked"));
  await page.reload();
  await expect(page.getByTestId("table-count")).toHaveText("4 projects");
  await expect(page.getByRole("combobox", { name: "Verdict" })).toHaveValue("blocked");
});

test("a frequent blocker links to the projects it blocks", async ({ page }) => {
  await page.goto(ORG);
  await page.getByRole("link", { name: /SCORE_BELOW_3/ }).first().click();
  await expect(page).toHaveURL(/rule=SCORE_BELOW_3/);
  await expect(page.getByTestId("table-count")).toHaveText("2 projects");
  await expect(page.getByText("Showing projects blocked by SCORE_BELOW_3")).toBeVisible();
});

test("the project dashboard shows verdict, radar, trend and findings, one click from the field", async ({ page }) => {
  await page.goto(ORG);
  await page.getByRole("table").first().getByRole("link", { name: "Renewal health summaries" }).click();
  await expect(page.getByTestId("dashboard-verdict")).toHaveAttribute("data-verdict", "blocked");
  await expect(page.getByRole("heading", { name: "Readiness by area" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Readiness over time/ })).toBeVisible();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: "test-results/screens/project-dashboard.png", fullPage: true });
  await expectNoAxeViolations(page);
  const finding = page.locator('[data-rule-id="SENSITIVE_DATA_TO_TRAINING_PROVIDER"]');
  await expect(finding).toContainText("to fix:");
  await finding.getByRole("link", { name: "Open in the workspace" }).click();
  await expect(page).toHaveURL(/#answers\.dataSources\.\d+$/);
  await expect(page.getByTestId("workspace")).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? "")).toMatch(/^f-answers-dataSources-\d+/);
});

test("an organization with no projects gets a first-run screen", async ({ page }) => {
  const { signUp, uniqueEmail } = await import("./support/accounts");
  await page.context().clearCookies();
  await signUp(page, "New Founder", uniqueEmail("firstrun"), "Empty Co");
  await expect(page.getByRole("heading", { name: "Start with one integration" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Create the first project" })).toBeVisible();
  await expectNoAxeViolations(page);
});
