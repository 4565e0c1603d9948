/**
 * Issue #14, "small things that add up": the accent colour has a picker and a live preview of
 * the report cover, its error shows and clears as it is typed, and the organization's date
 * format is the one every page uses.
 */
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { signIn } from "./support/accounts";
import { ORG } from "./support/workspace";

const ERROR = "Use a colour like #1d4ed8.";

const accentField = (page: Page) => page.getByLabel("Accent colour", { exact: true });
const picker = (page: Page) => page.getByLabel("Pick the accent colour");
const band = (page: Page) => page.getByTestId("cover-band");

async function chooseDateFormat(page: Page, option: RegExp) {
  await page.getByLabel("Date format").click();
  await page.getByRole("option", { name: option }).click();
}

async function save(page: Page) {
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(page.getByText("Saved.")).toBeVisible();
}

test("the accent colour's picker, text and cover preview move together, and its error clears once the hex is valid", async ({ page }) => {
  await signIn(page, DEMO_USERS[0].email, DEMO_PASSWORD);
  await page.goto(`${ORG}/settings`);
  const preview = page.getByRole("figure", { name: /Preview of the report cover/ });
  await expect(preview).toContainText("Northwind Revenue Ops");

  await accentField(page).fill("#0f766e");
  await expect(picker(page)).toHaveValue("#0f766e");
  await expect(band(page)).toHaveCSS("background-color", "rgb(15, 118, 110)");

  await accentField(page).fill("#0f76");
  await expect(page.getByText(ERROR)).toBeVisible();
  await expect(accentField(page)).toHaveAttribute("aria-invalid", "true");
  // While the text is not a colour the picker stays on the last one that was.
  await expect(picker(page)).toHaveValue("#0f766e");
  await accentField(page).fill("#b91c1c");
  await expect(page.getByText(ERROR)).toHaveCount(0);
  await expect(accentField(page)).not.toHaveAttribute("aria-invalid", "true");
  await expect(band(page)).toHaveCSS("background-color", "rgb(185, 28, 28)");

  await picker(page).fill("#7c3aed");
  await expect(accentField(page)).toHaveValue("#7c3aed");
  await expect(band(page)).toHaveCSS("background-color", "rgb(124, 58, 237)");

  // The preview follows the name and the paper as they are typed and chosen.
  await page.getByLabel("Display name").fill("Preview Only Consulting");
  await expect(preview).toContainText("Prepared for Preview Only Consulting");
  await page.getByLabel("Report paper size").click();
  await page.getByRole("option", { name: /US Letter/ }).click();
  await expect(preview).toContainText("US Letter");
  await page.screenshot({ path: "test-results/screens/settings-branding-preview.png", fullPage: true });
  // Nothing was saved: a reload shows the stored branding again.
  await page.reload();
  await expect(page.getByLabel("Display name")).toHaveValue("Northwind Revenue Ops");
});

test("an owner picks the ISO date format and the organization's pages write dates that way", async ({ page }) => {
  await signIn(page, DEMO_USERS[0].email, DEMO_PASSWORD);
  await page.goto(`${ORG}/settings`);
  await chooseDateFormat(page, /ISO 8601/);
  await expect(page.getByTestId("cover-preview")).toContainText(/Report date \d{4}-\d{2}-\d{2}/);
  await save(page);
  try {
    await page.goto(`${ORG}/projects`);
    const projects = page.getByRole("region", { name: "Projects table", exact: true });
    await expect(projects.locator("time").first()).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
    const href = await page.getByRole("link", { name: "Invoice dispute classification" }).getAttribute("href");
    await page.goto(`${href!.replace(/\/dashboard$/, "")}/snapshots`);
    await expect(page.getByRole("cell", { name: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/ }).first()).toBeVisible();
  } finally {
    // The demo organization goes back to the default format for the tests after this one.
    await page.goto(`${ORG}/settings`);
    await chooseDateFormat(page, /^5 Dec 2026, 14:27 UTC$/);
    await save(page);
  }
});

test("the logo's file picker names the chosen file, and Upload waits for one", async ({ page }) => {
  await signIn(page, DEMO_USERS[0].email, DEMO_PASSWORD);
  await page.goto(`${ORG}/settings`);
  const upload = page.getByRole("button", { name: "Upload" });
  await expect(upload).toBeDisabled();
  await expect(page.getByTestId("logo-chosen")).toHaveText("No file chosen");
  // 1×1 PNG: the smallest valid logo.
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
  await page.locator("#logo").setInputFiles({ name: "northwind.png", mimeType: "image/png", buffer: png });
  await expect(page.getByTestId("logo-chosen")).toHaveText("northwind.png");
  await expect(upload).toBeEnabled();
});
