import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { signIn } from "./support/accounts";
import { expectSaved, goToStep, newProject } from "./support/workspace";

const EDITOR = DEMO_USERS[1].email;
const VIEWER = DEMO_USERS[2].email;

function stepButton(page: Page, label: RegExp) {
  return page.getByRole("navigation", { name: "Assessment steps" }).getByRole("button", { name: label });
}

test("an empty row neither answers its question nor blocks the verdict", async ({ page }) => {
  await newProject(page, EDITOR, `Empty row ${Date.now()}`);
  await goToStep(page, /^Q6 /);
  await page.locator("#f-answers-testCases-add").click();
  await expect(page.locator("#f-answers-testCases-0")).toBeVisible();
  await expect(page.getByTestId("verdict")).toHaveAttribute("data-verdict", "incomplete");
  await expect(page.getByTestId("step-state")).not.toHaveAttribute("data-state", "answered");
  await expect(page.getByTestId("findings-panel").locator("[data-rule-id]")).toHaveCount(0);
  // Left behind, the blank row still answers nothing and blocks nothing.
  await goToStep(page, /^Q7 /);
  await expect(stepButton(page, /^Q6 /)).toHaveAccessibleName(/not answered/);
  await expect(page.getByTestId("verdict")).toHaveAttribute("data-verdict", "incomplete");
  await expect(page.getByTestId("progress")).toContainText("Questions answered 0/9");
  await expectSaved(page);
});

test("a step being filled in lists the fields left instead of blockers, which count once the step is left", async ({ page }) => {
  await newProject(page, EDITOR, `Checklist ${Date.now()}`);
  await page.locator("#f-answers-workflow-name").fill("Enrich inbound leads before sales review");
  await expect(page.getByTestId("fields-left")).toHaveText("6 fields left");
  await expect(page.getByTestId("step-state")).toHaveAttribute("data-state", "in-progress");
  await expect(page.getByTestId("verdict")).toHaveAttribute("data-verdict", "incomplete");
  const panel = page.getByTestId("findings-panel");
  await expect(panel.getByTestId("findings-in-progress").locator('[data-rule-id="WORKFLOW_UNTESTABLE"]')).toHaveCount(4);

  // Each item of the to-do list leads to its field.
  await page.getByTestId("step-checklist").getByRole("button", { name: "Business owner" }).click();
  await expect(page.locator("#f-answers-workflow-owner")).toBeFocused();
  await page.keyboard.type("Dana Whitfield");
  await expect(page.getByTestId("fields-left")).toHaveText("5 fields left");

  // Leaving the step settles it: its three missing required fields are blockers now.
  await goToStep(page, /^Q2 /);
  await expect(page.getByTestId("verdict")).toHaveAttribute("data-verdict", "blocked");
  await expect(stepButton(page, /^Q1 /)).toHaveAccessibleName(/3 blockers/);
  // The panel shows the open step's findings; "All" shows the others.
  await expect(panel.locator("[data-rule-id]")).toHaveCount(0);
  await panel.getByRole("button", { name: /^All/ }).click();
  await expect(panel.locator('[data-rule-id="WORKFLOW_UNTESTABLE"]')).toHaveCount(3);
  await expectSaved(page);
});

test("a viewer reads a 300-character answer whole, as text", async ({ browser }) => {
  const editor = await (await browser.newContext()).newPage();
  const url = await newProject(editor, EDITOR, `Long answer ${Date.now()}`);
  const long =
    `${"A customer emails the support address from a domain we have never seen before, ".repeat(4)}and the ticket lands in the general queue.`.slice(
      0,
      300,
    );
  expect(long).toHaveLength(300);
  await editor.locator("#f-answers-workflow-startEvent").fill(long);
  await editor.locator("#f-answers-workflow-name").click();
  await expectSaved(editor);

  const page = await (await browser.newContext()).newPage();
  await signIn(page, VIEWER, DEMO_PASSWORD);
  await page.goto(url);
  await expect(page.getByTestId("read-mode")).toBeVisible();
  await expect(page.getByTestId("workspace").locator("input, textarea")).toHaveCount(0);
  const value = page.locator("#f-answers-workflow-startEvent");
  await expect(value).toHaveText(long);
  // Whole: nothing is clipped sideways or cut off below.
  const clipped = await value.evaluate(
    (element) => element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight,
  );
  expect(clipped).toBe(false);
});

test("on a phone the findings open from the status bar as a sheet, and a finding leads to its field", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await newProject(page, EDITOR, `Phone ${Date.now()}`);
  await page.locator("#f-answers-workflow-name").fill("Route finance exceptions");
  await goToStep(page, /^Q2 /);
  await expect(page.getByTestId("findings-panel")).toBeHidden();
  const count = page.getByTestId("findings-count");
  await expect(count).toHaveText(/^4 blockers/);
  await count.click();
  const sheet = page.getByTestId("findings-sheet");
  await expect(sheet).toBeVisible();
  await sheet.getByRole("button", { name: /^All/ }).click();

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  await sheet.locator('[data-target="answers.workflow.endState"]').click();
  await expect(sheet).toBeHidden();
  const field = page.locator("#f-answers-workflow-endState");
  await expect(field).toBeFocused();
  await expect(page.locator("[data-led-to]")).toHaveCount(1);
  // Scrolled clear of the sticky status bar.
  const bar = await page.getByTestId("status-bar").boundingBox();
  const box = await field.boundingBox();
  expect(bar).not.toBeNull();
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
  expect(box!.y + box!.height).toBeLessThanOrEqual(844);
});

test("import shows what it will change before applying, and can be undone", async ({ page }) => {
  const url = await newProject(page, EDITOR, `Import ${Date.now()}`);
  await page.locator("#f-answers-workflow-name").fill("Before the import");
  await page.locator("#f-answers-workflow-owner").click();
  await expectSaved(page);

  await page.goto(`${url}/settings`);
  const importButton = page.getByRole("button", { name: "Import", exact: true });
  await expect(importButton).toBeDisabled();
  const file = {
    format: "preflight.assessment/v1",
    answers: { workflow: { name: "From the file" }, testCases: [{ scenario: "Duplicate account" }] },
    scores: {},
  };
  await page
    .getByLabel("Choose file…")
    .setInputFiles({ name: "assessment.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByTestId("import-file-chosen")).toHaveText("assessment.json");
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("Q1 · Workflow: changed (1 field)");
  await expect(preview).toContainText("Q6 · Test case 1: added");
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(page.getByText(/^Imported as revision \d+/)).toBeVisible();
  await page.getByRole("button", { name: "Undo import" }).click();
  await expect(page.getByText(/^Saved as revision \d+/)).toBeVisible();

  await page.goto(url);
  await expect(page.locator("#f-answers-workflow-name")).toHaveValue("Before the import");
  await goToStep(page, /^Q6 /);
  await expect(page.locator("#f-answers-testCases-0")).toHaveCount(0);
});
