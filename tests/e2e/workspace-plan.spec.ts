import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { signIn } from "./support/accounts";
import { ORG, choose, expectNoAxeViolations, expectSaved } from "./support/workspace";

const EDITOR = DEMO_USERS[1].email;
// A demo draft no other spec reads; every change below is undone at the end.
const PROJECT = "Meeting-prep briefs for account executives";

async function openWorkspace(page: Page): Promise<string> {
  await page.goto(`${ORG}/projects?q=${encodeURIComponent("Meeting-prep")}`);
  const href = await page.getByRole("link", { name: PROJECT }).first().getAttribute("href");
  const id = /projects\/([0-9a-f-]{36})/.exec(href ?? "")?.[1];
  expect(id).toBeDefined();
  const url = `${ORG}/projects/${id}`;
  await page.goto(url);
  await expect(page.getByTestId("workspace")).toBeVisible();
  return url;
}

const steps = (page: Page) => page.getByRole("navigation", { name: "Assessment steps" });
const panel = (page: Page) => page.getByTestId("findings-panel");

test("the integration plan is edited in the workspace: ROI figures, a section not applicable, a rollout blocker", async ({ page }) => {
  test.slow();
  await signIn(page, EDITOR, DEMO_PASSWORD);
  await openWorkspace(page);

  // The Plan part by keyboard: from Q9, Tab reaches P1 and, seven more on, P8; Enter opens it and focuses its heading.
  await page.locator("#step-firstLaunch").focus();
  await page.keyboard.press("Tab");
  await expect(page.locator("#step-workflowMap")).toBeFocused();
  for (let i = 0; i < 7; i += 1) await page.keyboard.press("Tab");
  await expect(page.locator("#step-roi")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#workspace-step-title")).toBeFocused();
  await expect(page.locator("#workspace-step-title")).toHaveText("Automation ROI");
  await expect(page.locator("#step-roi")).toHaveAttribute("aria-current", "step");

  // ROI: the figures come from the evaluation and follow the inputs.
  await expect(page.locator("#f-plan-roi-runsPerMonth")).toHaveValue("520");
  await expect(page.getByTestId("roi-hours")).toHaveText("173.3");
  await expect(page.getByTestId("roi-first-year")).toHaveText("$143,600");
  await page.locator("#f-plan-roi-runsPerMonth").fill("260");
  await expect(page.getByTestId("roi-hours")).toHaveText("86.7");
  await expect(page.getByTestId("roi-net")).toHaveText("$6,533");
  await expect(page.getByTestId("roi-first-year")).toHaveText("$60,400");
  await page.locator("#f-plan-roi-minutesSavedPerRun").fill("");
  await expect(page.getByTestId("roi-figures")).toHaveAttribute("data-state", "empty");
  await page.locator("#f-plan-roi-minutesSavedPerRun").fill("20");
  await expect(page.getByTestId("roi-figures")).toHaveAttribute("data-state", "filled");
  await expectNoAxeViolations(page);
  await expectSaved(page);

  // A section declared not applicable, with its reason: answered, its fields put away.
  await steps(page).getByRole("button", { name: /^P9 / }).click();
  await page.getByLabel("Not applicable to this integration").check();
  await expect(page.locator("#f-plan-notApplicable-enablement")).toBeFocused();
  await page.keyboard.type("Briefs are read by AEs only; no SOP or queue changes.");
  await expect(page.getByTestId("not-applicable-note")).toBeVisible();
  // Its content is kept (and ignored by the rules, which say so).
  await expect(panel(page).locator('[data-rule-id="NA_SECTION_HAS_CONTENT"]')).toHaveCount(1);
  await expect(steps(page).getByRole("button", { name: /^P9 / })).toHaveAccessibleName(/, answered/);
  await expectNoAxeViolations(page);
  await expectSaved(page);

  // The rollout: a first phase that is the full rollout is a blocker; putting it back clears it.
  await steps(page).getByRole("button", { name: /^P6 / }).click();
  const bigBang = panel(page).locator('[data-rule-id="BIG_BANG_ROLLOUT"]');
  await expect(bigBang).toHaveCount(0);
  await choose(page, "f-plan-rollout-0-stage", "Full rollout");
  await expect(bigBang).toHaveCount(1);
  await expect(page.getByTestId("verdict")).toHaveAttribute("data-verdict", "blocked");
  await bigBang.click();
  await expect(page.locator("#f-plan-rollout-0")).toBeFocused();
  await choose(page, "f-plan-rollout-0-stage", "Shadow writes");
  await expect(bigBang).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expectSaved(page);

  // Stored: a reload shows the plan as it was left.
  await page.reload();
  await steps(page).getByRole("button", { name: /^P8 / }).click();
  await expect(page.locator("#f-plan-roi-runsPerMonth")).toHaveValue("260");
  await steps(page).getByRole("button", { name: /^P9 / }).click();
  await expect(page.locator("#f-plan-notApplicable-enablement")).toHaveValue("Briefs are read by AEs only; no SOP or queue changes.");
  await steps(page).getByRole("button", { name: /^P2 / }).click();
  await expect(page.getByLabel("Not applicable to this integration")).toBeChecked();

  // Q5: each action keeps its contract behind a disclosure.
  await steps(page).getByRole("button", { name: /^Q5 / }).click();
  const contract = page.locator("#f-answers-actions-0-contract");
  await expect(contract).toHaveAttribute("aria-expanded", "false");
  await expect(page.locator("#f-answers-actions-0-riskTier")).toHaveCount(0);
  await contract.focus();
  await page.keyboard.press("Enter");
  await expect(contract).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator("#f-answers-actions-0-riskTier")).toBeVisible();
  await expectNoAxeViolations(page);

  // Undo: the demo draft is left as seeded.
  await steps(page).getByRole("button", { name: /^P9 / }).click();
  await page.getByLabel("Not applicable to this integration").uncheck();
  await expect(page.locator("#f-plan-enablement-stabilizationDays")).toHaveValue("30");
  await steps(page).getByRole("button", { name: /^P8 / }).click();
  await page.locator("#f-plan-roi-runsPerMonth").fill("520");
  await expect(page.getByTestId("roi-hours")).toHaveText("173.3");
  await expectSaved(page);
});
