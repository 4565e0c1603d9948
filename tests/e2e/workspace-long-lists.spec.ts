import { expect, test } from "@playwright/test";
import { largeAssessment } from "@/lib/cli/bench/large-document";
import { DEMO_USERS } from "@/lib/demo/demo-accounts";
import { expectNoAxeViolations, expectSaved, newProject, ORG } from "./support/workspace";

const EDITOR = DEMO_USERS[1].email;
const ACTIONS = 120;

/**
 * Past 50 rows a list renders only the rows near the screen (issue #17): a deep link, a new
 * row and the keyboard must still reach rows that are scrolled out of the page.
 */
test("a 120-action list renders the rows near the screen and still reaches every row", async ({ page }) => {
  test.slow();
  const url = await newProject(page, EDITOR, `Long lists ${Date.now()}`);
  const projectId = url.split("/").at(-1)!;
  const origin = new URL(page.url()).origin;
  const document = largeAssessment({ objects: 10, actions: ACTIONS, testCases: 5 });
  const imported = await page.request.post(`/api${ORG}/projects/${projectId}/assessment/import`, {
    headers: { origin, "content-type": "application/json" },
    data: JSON.stringify(document),
  });
  expect(imported.status()).toBe(200);

  // A deep link to a row far down the list opens it, focused (a fresh load: the page open before held the empty draft).
  await page.goto("about:blank");
  await page.goto(`${url}#answers.actions.110.name`);
  const name = page.locator("#f-answers-actions-110-name");
  await expect(name).toBeFocused();
  const rendered = await page.locator('[role="group"][id^="f-answers-actions-"]').count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(ACTIONS);
  await expect(page.locator("#f-answers-actions-0")).toHaveCount(0);

  await page.keyboard.press("End");
  await page.keyboard.type(" (checked)");
  await expect(name).toHaveValue(`${document.answers?.actions?.[110]?.name ?? ""} (checked)`);
  await expect(page.locator("#f-answers-actions-110-title")).toContainText("(checked)");
  await expectSaved(page);

  // Tab leaves the row's last control for the next row, which is in the page.
  await page.locator("#f-answers-actions-110-shadowModeFirst-yes").focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.locator("#f-answers-actions-111 :focus")).toHaveCount(1);

  // Back at the top, a new row is added at the far end and its first field takes focus.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole("button", { name: "+ Add action" }).focus();
  await page.getByRole("button", { name: "+ Add action" }).click();
  await expect(page.locator(`#f-answers-actions-${ACTIONS}-name`)).toBeFocused();
  await expectNoAxeViolations(page);

  // Scrolling back to the top brings the first rows into the page again.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.locator("#f-answers-actions-0-name")).toBeVisible();
});
