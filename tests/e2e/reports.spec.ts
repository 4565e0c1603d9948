import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { signIn } from "./support/accounts";
import { ORG } from "./support/workspace";

test("a viewer downloads the PDF report of a snapshot from the project dashboard", async ({ page }) => {
  await signIn(page, DEMO_USERS[2].email, DEMO_PASSWORD);
  await page.goto(ORG);
  await page.getByRole("table").first().getByRole("link", { name: "Renewal health summaries" }).click();
  await page.getByRole("button", { name: "Export report…" }).click();
  const source = page.getByLabel("Report of");
  const snapshot = await source.locator("option").nth(1).getAttribute("value");
  await source.selectOption(snapshot!);
  await page.getByLabel("Prepared by").fill("Zoë Müller, Łódź office");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF report" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^renewal-health-summaries-readiness-\d{4}-\d{2}-\d{2}\.pdf$/);
  const path = "test-results/screens/report.pdf";
  await file.saveAs(path);
  await expect(page.getByRole("status").filter({ hasText: "Report downloaded." })).toBeVisible();
  const text = execFileSync("pdftotext", ["-layout", path, "-"]).toString();
  expect(text).toContain("Renewal health summaries");
  expect(text).toContain("Northwind Revenue Ops");
  expect(text).toContain("Zoë Müller, Łódź office");
  expect(text).toMatch(/blocked/i);
  // The demo project has a 90-day plan: the report carries it as a section and a summary line.
  expect(text).toContain("The 90-day remediation plan");
  expect(text).toMatch(/Remediation plan: \d+ open items?/);
  execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "2", path, "test-results/screens/report-page"]);
});

test("an owner prints the organization's reports on US Letter: every page of the download is Letter", async ({ page }) => {
  await signIn(page, DEMO_USERS[0].email, DEMO_PASSWORD);
  await page.goto(`${ORG}/settings`);
  const paper = page.getByLabel("Report paper size");
  await expect(paper).toHaveText(/A4/);
  await paper.click();
  await page.getByRole("option", { name: /US Letter/ }).click();
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/settings-paper.png", fullPage: true });
  try {
    await page.reload();
    await expect(page.getByLabel("Report paper size")).toHaveText(/US Letter/);
    await page.goto(ORG);
    await page.getByRole("table").first().getByRole("link", { name: "Renewal health summaries" }).click();
    await page.getByRole("button", { name: "Export report…" }).click();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download PDF report" }).click();
    const path = "test-results/screens/report-letter.pdf";
    await (await download).saveAs(path);
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "1000", path]).toString();
    const sizes = [...info.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => `${m[1]} x ${m[2]}`);
    expect(sizes.length).toBeGreaterThan(4);
    expect(new Set(sizes)).toEqual(new Set(["612 x 792"]));
  } finally {
    // The demo organization goes back to A4 for the tests after this one.
    await page.goto(`${ORG}/settings`);
    await page.getByLabel("Report paper size").click();
    await page.getByRole("option", { name: /A4/ }).click();
    await page.getByRole("button", { name: "Save" }).first().click();
    await expect(page.getByText("Saved.")).toBeVisible();
  }
});

test("a report request for another organization's project is not found", async ({ page }) => {
  await signIn(page, DEMO_USERS[2].email, DEMO_PASSWORD);
  await page.goto(ORG);
  await page.getByRole("table").first().getByRole("link", { name: "Renewal health summaries" }).click();
  await page.waitForURL(/projects\/[0-9a-f-]{36}/);
  const projectId = /projects\/([0-9a-f-]{36})/.exec(page.url())![1];
  const { signUp, uniqueEmail } = await import("./support/accounts");
  await page.context().clearCookies();
  await signUp(page, "Other Org Owner", uniqueEmail("reports"), "Reports Outsider");
  await expect(page).toHaveURL(/\/o\/reports-outsider/);
  const own = await page.request.get(`/api/o/reports-outsider/projects/${projectId}/report`);
  expect(own.status()).toBe(404);
  const theirs = await page.request.get(`/api/o/northwind-revenue-ops/projects/${projectId}/report`);
  expect(theirs.status()).toBe(404);
  const csv = await page.request.get("/api/o/northwind-revenue-ops/portfolio.csv");
  expect(csv.status()).toBe(404);
});
