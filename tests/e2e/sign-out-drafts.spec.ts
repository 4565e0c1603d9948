/**
 * Issue #13, finding 10: on a shared computer, signing out must not leave the account's
 * unsent workspace edits in localStorage for the next person. Unsent edits are offered to
 * be saved first; whatever the choice, no draft is left behind.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { signIn } from "./support/accounts";
import { newProject } from "./support/workspace";

const EDITOR = DEMO_USERS[1].email;
const SAVES = "**/api/o/**/assessment";

const draftKeys = (page: Page) => page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("preflight:draft:")));

/** Types into the workspace while every save fails, until the edit is kept only in this browser. */
async function typeUnsent(page: Page, text: string) {
  await page.route(SAVES, (route) => (route.request().method() === "PUT" ? route.abort("failed") : route.continue()));
  await page.locator("#f-answers-workflow-name").fill(text);
  await page.locator("#f-answers-workflow-owner").click();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "retrying");
  expect(await draftKeys(page)).toHaveLength(1);
}

async function startSignOut(page: Page) {
  const signOut = page.getByRole("button", { name: "Sign out" });
  // The account menu may still be open from the last try.
  if (!(await signOut.isVisible())) await page.getByRole("button", { name: /account menu/ }).click();
  await signOut.click();
}

test("unsent edits that cannot be saved: the person is asked, and discarding signs out with no draft left", async ({ page }) => {
  await newProject(page, EDITOR, `Shared computer ${Date.now()}`);
  await typeUnsent(page, "Typed on a shared computer");

  await startSignOut(page);
  const dialog = page.getByRole("dialog", { name: "Unsaved changes" });
  await expect(dialog).toContainText("You have unsaved changes on 1 project");
  expect((await new AxeBuilder({ page }).include('[role="dialog"]').analyze()).violations).toEqual([]);
  await dialog.getByRole("button", { name: "Save and sign out" }).click();
  await expect(dialog.getByRole("status")).toContainText("1 project could not be saved");
  await expect(page).not.toHaveURL(/\/sign-in/);

  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect(await draftKeys(page)).toHaveLength(1);

  await startSignOut(page);
  await dialog.getByRole("button", { name: "Discard and sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await draftKeys(page)).toEqual([]);
});

test("unsent edits are sent before signing out once the server can be reached, and no draft is left", async ({ page }) => {
  const url = await newProject(page, EDITOR, `Saved on sign-out ${Date.now()}`);
  await typeUnsent(page, "Sent on the way out");
  await page.unroute(SAVES);

  await startSignOut(page);
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await draftKeys(page)).toEqual([]);

  await signIn(page, EDITOR, DEMO_PASSWORD);
  await page.goto(url);
  await expect(page.locator("#f-answers-workflow-name")).toHaveValue("Sent on the way out");
});
