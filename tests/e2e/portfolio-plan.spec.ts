import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { signIn } from "./support/accounts";
import { expectNoAxeViolations, ORG } from "./support/workspace";

// Issue #17: what the plans add, on the portfolio and the Projects list. Counts are not
// fixed (earlier specs add projects), so the checks are about shape and behaviour.
test.beforeEach(async ({ page }) => {
  await signIn(page, DEMO_USERS[2].email, DEMO_PASSWORD); // the executive: a viewer
});

const table = (page: Page) => page.getByRole("region", { name: "Projects table" });

test("the portfolio shows the ready projects' value a month and projects by rollout phase; a phase filters the table", async ({ page }) => {
  await page.goto(ORG);
  await expect(page.getByRole("heading", { name: "What the ready projects add a month" })).toBeVisible();
  const phases = page.getByTestId("plan-phases");
  await expect(phases.getByRole("link", { name: "No current phase" })).toBeVisible();
  await phases.getByRole("link").first().click();
  await expect(page).toHaveURL(/[?&]phase=/);
  await expect(page.getByTestId("active-filters")).toContainText("Rollout phase:");
  await expectNoAxeViolations(page);
});

test("Phase and Payback sort the Projects list, the phase filter sits in the URL, and a bad phase falls back", async ({ page }) => {
  await page.goto(`${ORG}/projects`);
  for (const name of ["Phase", "Payback"]) {
    const header = table(page).getByRole("columnheader", { name: new RegExp(`^${name}`) });
    await header.getByRole("link").click();
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await expect(page).toHaveURL(new RegExp(`sort=${name.toLowerCase()}`));
  }
  await page.getByLabel("Rollout phase today").selectOption("none");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]phase=none/);
  await expect(page.getByTestId("active-filters")).toContainText("Rollout phase: No current phase");

  const response = await page.goto(`${ORG}/projects?phase=launch&sort=phase`);
  expect(response?.status()).toBe(200);
  await expect(page.getByLabel("Rollout phase today")).toHaveValue("");
  await expectNoAxeViolations(page);
});

test("the plan card and the wider table fit a phone without scrolling the page sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(ORG);
  await expect(page.getByRole("heading", { name: "Projects by rollout phase today" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
