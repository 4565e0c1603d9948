import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/demo/demo-accounts";
import { signIn } from "./accounts";

export const ORG = "/o/northwind-revenue-ops";

/** Signs in as a demo user and creates an empty project; returns its workspace URL. */
export async function newProject(page: Page, email: string, name: string): Promise<string> {
  await signIn(page, email, DEMO_PASSWORD);
  await page.goto(`${ORG}/projects/new`);
  await page.getByLabel("Project name").fill(name);
  await page.getByRole("button", { name: "Create project" }).click();
  await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

export async function goToStep(page: Page, label: RegExp) {
  await page.getByRole("navigation", { name: "Assessment steps" }).getByRole("button", { name: label }).click();
}

/** Picks an option in one of the workspace's selects, found by its field id. */
export async function choose(page: Page, id: string, option: string) {
  await page.locator(`#${id}`).click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

export async function expectSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved", { timeout: 15_000 });
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include("main").analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Creates a project as the signed-in user and types into it while every save fails, so the edit is kept only in this browser. */
export async function unsentEditInNewProject(page: Page, name: string) {
  await page.goto(`${ORG}/projects/new`);
  await page.getByLabel("Project name").fill(name);
  await page.getByRole("button", { name: "Create project" }).click();
  await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
  await page.route("**/api/o/**/assessment", (route) => (route.request().method() === "PUT" ? route.abort("failed") : route.continue()));
  await page.locator("#f-answers-workflow-name").fill("Typed, never sent");
  await page.locator("#f-answers-workflow-owner").click();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "retrying");
}
