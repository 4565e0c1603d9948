import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { signIn } from "./support/accounts";
import { expectNoHorizontalOverflow } from "./support/phone";
import { ORG, expectNoAxeViolations, goToStep } from "./support/workspace";

// The demo's "Lead intake enrichment" (lib/demo/plans/lead-intake.ts), read by the executive, a viewer. Nothing is changed.
const VIEWER = DEMO_USERS[2].email;
const PROJECT = "Lead intake enrichment";

async function openWorkspace(page: Page) {
  await page.goto(`${ORG}/projects?q=${encodeURIComponent("Lead intake")}`);
  const href = await page.getByRole("link", { name: PROJECT }).first().getAttribute("href");
  const id = /projects\/([0-9a-f-]{36})/.exec(href ?? "")?.[1];
  expect(id).toBeDefined();
  await page.goto(`${ORG}/projects/${id}`);
  await expect(page.getByTestId("workspace")).toBeVisible();
}

const readMode = (page: Page) => page.getByTestId("read-mode");

test("a viewer reads the integration plan as text: rollout phases as cards, ROI with its figures", async ({ page }) => {
  await signIn(page, VIEWER, DEMO_PASSWORD);
  await openWorkspace(page);

  // P6: every phase a card of text, long criteria whole; no inputs, not even the not-applicable box.
  await goToStep(page, /^P6 /);
  await expect(page.locator("#workspace-step-title")).toHaveText("Phased rollout");
  await expect(readMode(page)).toBeVisible();
  await expect(page.locator("[data-testid=read-mode] input")).toHaveCount(0);
  await expect(page.getByTestId("workspace").locator("input, textarea")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Phase 3 — Pilot: NA mid-market pod" })).toBeVisible();
  await expect(page.locator("#f-plan-rollout-2-stage")).toHaveText("Pilot");
  await expect(page.locator("#f-plan-rollout-2-writesEnabled")).toHaveText("Yes");
  await expect(page.locator("#f-plan-rollout-2-rollbackCriteria")).toHaveText(
    "Misroutes above 8% in a day or any consent error: routing back to round-robin, AI fields hidden",
  );
  await expect(page.locator("#f-plan-rollout-3-exitCriteria")).toHaveText("Not answered");
  await expectNoAxeViolations(page);

  // On a phone the text wraps: nothing pans sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoHorizontalOverflow(page, "P6 read mode at 360 px");
  await page.setViewportSize({ width: 1280, height: 800 });

  // P8: the five numbers as text and the evaluation's figures.
  await goToStep(page, /^P8 /);
  await expect(page.locator("#f-plan-roi-buildCost")).toHaveText("38,000");
  await expect(page.locator("#f-plan-roi-currency")).toHaveText("USD");
  await expect(page.getByTestId("roi-first-year")).toHaveText("$57,220");
  await expect(page.getByTestId("workspace").locator("input, textarea")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
