import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { signIn } from "./support/accounts";
import { expectNoAxeViolations, ORG } from "./support/workspace";

test.beforeEach(async ({ page }) => {
  await signIn(page, DEMO_USERS[2].email, DEMO_PASSWORD); // the executive: a viewer
});

const table = (page: Page) => page.getByRole("region", { name: "Projects table" });
const nameCells = (page: Page) => table(page).locator("tbody tr td:first-child");
const projectNames = (page: Page) => nameCells(page).allInnerTexts();

test("the Projects list searches by name with a plain GET form and keeps the archived toggle", async ({ page }) => {
  // Counts are not fixed: earlier specs add projects to the demo organization.
  await page.goto(`${ORG}/projects`);
  await page.getByLabel("Name contains").fill("RENEWAL");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]q=RENEWAL/);
  await expect(nameCells(page)).toHaveText(["Renewal health summaries"]);
  await expect(page.getByTestId("active-filters")).toContainText("Name contains: “RENEWAL”");

  await page.goto(`${ORG}/projects?archived=1&q=renewal`);
  await expect(nameCells(page)).toHaveText(["Renewal price-increase notices (pilot)"]);

  await page.goto(`${ORG}/projects?q=${encodeURIComponent("%_")}`);
  await expect(page.getByText("No project matches these filters.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("column headers sort the Projects list both ways and say so with aria-sort", async ({ page }) => {
  await page.goto(`${ORG}/projects`);
  const header = table(page).getByRole("columnheader", { name: /Project/ });
  await header.getByRole("link").click();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const ascending = await projectNames(page);
  expect(ascending.length).toBeGreaterThan(1);
  expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
  await header.getByRole("link").click();
  await expect(header).toHaveAttribute("aria-sort", "descending");
  const descending = await projectNames(page);
  expect(descending).toEqual([...descending].sort((a, b) => b.localeCompare(a)));

  // A bad value falls back to the default order instead of failing.
  const response = await page.goto(`${ORG}/projects?sort=drop%20table&dir=sideways&page=-3&verdict=nope`);
  expect(response?.status()).toBe(200);
  await expect(table(page).getByRole("columnheader", { name: /Verdict/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByTestId("table-count")).toHaveText(/^\d+ projects/);
  await expectNoAxeViolations(page);
});
