import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { signIn } from "./support/accounts";
import { expectNoHorizontalOverflow } from "./support/phone";
import { expectNoAxeViolations, ORG } from "./support/workspace";

// The demo's "Lead intake enrichment" (lib/demo/plans/lead-intake.ts): five steps across four
// owners, a pilot running today, and every ROI figure (950 runs × 9 min at 62 USD/h, 38,000
// to build, 900 a month to run).
const PROJECT = "Lead intake enrichment";

async function openDashboard(page: Page) {
  await page.goto(ORG);
  await page.getByRole("table").first().getByRole("link", { name: PROJECT }).click();
  await expect(page.getByTestId("dashboard-verdict")).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await signIn(page, DEMO_USERS[0].email, DEMO_PASSWORD);
});

test("the project dashboard summarises the integration plan and groups findings by track", async ({ page }) => {
  await openDashboard(page);
  const plan = page.getByTestId("plan-summary");
  await expect(plan.getByRole("heading", { name: "Integration plan" })).toBeVisible();

  // The swimlane: a figure with an accessible picture, and the same steps as a list.
  const swimlane = plan.getByRole("figure");
  await expect(swimlane.getByRole("img")).toHaveAttribute("aria-label", /5 steps across 4 owners/);
  await expect(swimlane.getByRole("region", { name: /Workflow map, scrolls sideways/ })).toHaveAttribute("tabindex", "0");
  const list = swimlane.getByRole("list", { name: "Workflow map as a list" });
  await expect(list).toBeHidden();
  await swimlane.getByText("Show as a list").click();
  await expect(list.getByRole("listitem")).toHaveCount(5);
  await expect(list.getByRole("listitem").first()).toContainText("Step 1 · Marketing operations");

  // The timeline: one current phase, the next one named, criteria at a glance.
  const timeline = page.getByTestId("rollout-timeline");
  await expect(timeline.locator('[aria-current="step"]')).toHaveCount(1);
  await expect(timeline.locator('[aria-current="step"]')).toContainText("Pilot: NA mid-market pod");
  await expect(timeline.locator('[aria-current="step"]')).toContainText("Rollback");
  await expect(page.getByTestId("rollout-current")).toHaveText("Pilot: NA mid-market pod");

  // ROI from the evaluation, in the plan's currency.
  const roi = page.getByTestId("roi-figures");
  await expect(roi).toContainText("142.5");
  await expect(roi).toContainText("$7,935");
  await expect(roi).toContainText("4.8 months");
  await expect(roi).toContainText("$57,220");
  await expect(plan.getByRole("region", { name: "KPIs, baseline to target" })).toBeVisible();

  // Findings by 90-day track, in track order, each finding still saying its severity.
  const tracks = page.getByTestId("findings-track");
  expect(await tracks.count()).toBeGreaterThan(0);
  const order = await tracks.evaluateAll((sections) => sections.map((section) => section.getAttribute("data-track")));
  const known = ["launch-gate", "safe-writes", "semantics", "observability"];
  expect(order).toEqual(known.filter((track) => order.includes(track)));
  await expect(tracks.first().locator("li[data-rule-id]").first()).toContainText(/Blocker:|Warning:|Info:/);

  await page.screenshot({ path: "/tmp/dashboard-plan-desktop.png", fullPage: true });
  await expectNoAxeViolations(page);
});

test("at 390 px the plan fits the screen: the swimlane scrolls inside its own region", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDashboard(page);
  const region = page.getByRole("region", { name: /Workflow map, scrolls sideways/ });
  await region.scrollIntoViewIfNeeded();
  const { scrollWidth, clientWidth } = await region.evaluate((node) => ({ scrollWidth: node.scrollWidth, clientWidth: node.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  await expectNoHorizontalOverflow(page, "project dashboard with a plan");
  await page.screenshot({ path: "/tmp/dashboard-plan-phone.png", fullPage: true });
  await expectNoAxeViolations(page);
});
