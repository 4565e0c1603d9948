/**
 * Issue #18 end to end: a plan made from the draft, a blocker fixed in the workspace resolves
 * its item, a person's change sticks, and the exports parse back with real parsers.
 */
import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { signIn } from "./support/accounts";
import { goToStep, expectNoAxeViolations, expectSaved, newProject, ORG } from "./support/workspace";

const EDITOR = "ops@preflight.local";

test("an editor plans the fixes, fixes a blocker in the workspace and sees its item resolve; CSV and calendar parse back", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const workspace = await newProject(page, EDITOR, `Remediation ${Date.now()}`);
  await goToStep(page, /Area scores/);
  await page.locator("#f-scores-securityControls-score-2").check();
  await expect(page.getByTestId("verdict")).toHaveAttribute("data-verdict", "blocked");
  await expectSaved(page);

  await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "90-day plan" }).click();
  await page.waitForURL(/\/plan$/);
  await page.getByLabel("Day 1 of the plan").fill("2027-01-04");
  await page.getByRole("button", { name: "Create the 90-day plan" }).click();
  const item = page.locator('[data-item-key="SCORE_BELOW_3@scores.securityControls"]');
  await expect(item).toBeVisible();
  await expect(item).toHaveAttribute("data-state", "open");
  await expect(item).toContainText("Due 2 Feb 2027");
  await expectNoAxeViolations(page);

  // A person's change: in progress, with a note.
  await item.getByText("Update status, owner, date or notes").click();
  await item.getByLabel("Status").selectOption("in_progress");
  await item.getByLabel("Notes").fill("Security review booked for Tuesday");
  await item.getByRole("button", { name: "Save item" }).click();
  await expect(item.getByRole("status")).toHaveText("Saved.");
  await page.reload();
  await expect(item).toHaveAttribute("data-state", "in_progress");

  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV for Jira or Asana" }).click();
  const csvPath = testInfo.outputPath("plan.csv");
  await (await csvDownload).saveAs(csvPath);
  const csv = readFileSync(csvPath, "utf8");
  expect(csv.split("\r\n")[0]).toBe("Summary,Description,Assignee,Due date,Labels,Labels,Status,Priority");
  expect(csv).toContain("2027-02-02");
  expect(csv).toContain("In progress");

  const icsDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Due dates (.ics)" }).click();
  const icsPath = testInfo.outputPath("plan.ics");
  await (await icsDownload).saveAs(icsPath);
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(icsPath, "utf8")));
  const events = calendar.getAllSubcomponents("vevent").map((event) => new ICAL.Event(event));
  const blockerEvent = events.find((event) => event.description.includes("How to fix"));
  expect(events.length).toBeGreaterThan(0);
  expect(events.every((event) => event.startDate.isDate)).toBe(true);
  expect(events.map((event) => event.startDate.toString())).toContain("2027-02-02");
  expect(blockerEvent).toBeDefined();

  // The fix, in the workspace: the finding disappears on save, and the plan says so.
  await page.goto(workspace);
  await goToStep(page, /Area scores/);
  await page.locator("#f-scores-securityControls-score-4").check();
  await expectSaved(page);
  await page.goto(`${workspace}/plan`);
  await expect(item).toHaveAttribute("data-state", "resolved");
  await expect(item).toContainText("Resolved by a save");
  await page.goto(`${workspace}/plan?view=board`);
  await expect(page.getByRole("heading", { name: /Resolved by a save \(1\)/ })).toBeVisible();
});

test("a viewer reads the plan but gets no form to change it", async ({ page }) => {
  await signIn(page, "exec@preflight.local", DEMO_PASSWORD);
  await page.goto(`${ORG}/projects`);
  await page.getByRole("link", { name: "Refund approval assistant" }).click();
  await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "90-day plan" }).click();
  await expect(page.getByRole("heading", { name: "90-day remediation plan" })).toBeVisible();
  await expect(page.locator("[data-item-key]").first()).toBeVisible();
  await expect(page.getByText("Update status, owner, date or notes")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Move the plan" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
