import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { signIn } from "./support/accounts";
import { expectNoAxeViolations, ORG } from "./support/workspace";

test.beforeEach(async ({ page }) => {
  await signIn(page, DEMO_USERS[2].email, DEMO_PASSWORD); // the executive: a viewer
});

/** The headline cards' numbers, e.g. { ready: "5", incomplete: "3", blocked: "4" }. */
async function headline(page: import("@playwright/test").Page) {
  const cards = page.getByRole("region", { name: "Verdict counts" }).getByRole("listitem");
  const texts = await cards.allInnerTexts();
  return texts.map((text) => text.replace(/\s+/g, " ").trim());
}

test("the portfolio renders the demo data with its charts and no axe violations", async ({ page }) => {
  await page.goto(ORG);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("readiness portfolio");
  await expect(page.getByTestId("table-count")).toHaveText("13 projects");
  await expect(page.getByRole("heading", { name: "Most frequent blockers" })).toBeVisible();
  // Charts load when scrolled into view: each one must replace its placeholder with a drawing.
  const charts = page.locator("svg.recharts-surface[role=img]");
  for (const name of ["Portfolio readiness over time (from snapshots)", "Most frequent blockers"])
    await page.getByRole("heading", { name }).scrollIntoViewIfNeeded();
  await page.getByText("Projects by verdict").scrollIntoViewIfNeeded();
  await expect(charts).toHaveCount(3);
  await page.screenshot({ path: "test-results/screens/portfolio.png", fullPage: true });
  await expectNoAxeViolations(page);
});

test("filtering by verdict narrows the table, never the headline, survives a reload, and its chip removes it", async ({ page }) => {
  await page.goto(ORG);
  const whole = await headline(page);
  await expect(page.getByTestId("active-filters")).toHaveCount(0);

  await page.getByRole("combobox", { name: "Verdict" }).selectOption("blocked");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/verdict=blocked[^#]*#projects$/);
  await expect(page.getByTestId("table-count")).toHaveText("5 projects");
  const verdicts = page
    .getByRole("table")
    .first()
    .locator("tbody tr")
    .getByText(/Blocked|Ready|Incomplete/);
  await expect(verdicts).toHaveText(Array(5).fill("✕Blocked"));
  expect(await headline(page)).toEqual(whole);
  await expect(page.getByTestId("active-filters").getByRole("link", { name: /Verdict: Blocked/ })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("table-count")).toHaveText("5 projects");
  await expect(page.getByRole("combobox", { name: "Verdict" })).toHaveValue("blocked");
  expect(await headline(page)).toEqual(whole);

  // The chip removes its filter and lands on the results again.
  await page
    .getByTestId("active-filters")
    .getByRole("link", { name: /Verdict: Blocked/ })
    .click();
  await expect(page).toHaveURL(/\/o\/[^/?]+\??#projects$/);
  await expect(page.getByTestId("table-count")).toHaveText("13 projects");
  await expect(page.getByTestId("active-filters")).toHaveCount(0);
});

test("a verdict card narrows the table and scrolls to it; the cards keep counting the whole portfolio", async ({ page }) => {
  await page.goto(ORG);
  const whole = await headline(page);
  expect(whole.join(" ")).toMatch(/Blocked\W+5\b/);
  await page
    .getByRole("region", { name: "Verdict counts" })
    .getByRole("link", { name: /Blocked/ })
    .click();
  await expect(page).toHaveURL(/verdict=blocked#projects$/);
  await expect(page.getByTestId("table-count")).toHaveText("5 projects");
  expect(await headline(page)).toEqual(whole);
  await expect
    .poll(() => page.evaluate(() => Math.round(document.getElementById("projects")!.getBoundingClientRect().top)))
    .toBeLessThan(100);
});

test("a frequent blocker links to the projects it blocks, named in plain words, with removable chips", async ({ page }) => {
  await page.goto(ORG);
  const whole = await headline(page);
  await page
    .getByRole("link", { name: /Area scored below 3/ })
    .first()
    .click();
  await expect(page).toHaveURL(/rule=SCORE_BELOW_3#projects$/);
  await expect(page.getByTestId("table-count")).toHaveText("2 projects");
  expect(await headline(page)).toEqual(whole);
  const chip = page.getByTestId("active-filters").getByRole("link", { name: /Blocked by: Area scored below 3/ });
  await expect(chip).toHaveAttribute("title", /SCORE_BELOW_3/);
  await page.getByRole("combobox", { name: "Verdict" }).selectOption("blocked");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByTestId("active-filters").getByRole("link")).toHaveCount(3); // two chips and "Clear all"
  await page.getByTestId("active-filters").getByRole("link", { name: "Clear all" }).click();
  await expect(page.getByTestId("table-count")).toHaveText("13 projects");
  await expect(page.getByTestId("active-filters")).toHaveCount(0);
});

test("the project dashboard shows verdict, radar, trend and findings, one click from the field", async ({ page }) => {
  await page.goto(ORG);
  await page.getByRole("table").first().getByRole("link", { name: "Renewal health summaries" }).click();
  await expect(page.getByTestId("dashboard-verdict")).toHaveAttribute("data-verdict", "blocked");
  // The verdict leads with why and who must act; rule ids are tooltips only.
  await expect(page.getByTestId("verdict-sentence")).toHaveText(/^Blocked by \d+: .+ — to fix: .+\.$/);
  await expect(page.getByText("gates launch")).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText("SENSITIVE_DATA_TO_TRAINING_PROVIDER");
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
