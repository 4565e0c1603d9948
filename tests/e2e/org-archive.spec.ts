/**
 * Issue #19 end to end: an owner exports the organization from its settings and imports the
 * file from "New organization"; a broken file is refused with its reason and the form keeps
 * the chosen file. A fresh account, so no demo member is matched into the imported copy.
 */
import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./support/accounts";
import { expectNoAxeViolations } from "./support/workspace";

test("an owner exports the organization and imports it as a new one; a broken file changes nothing", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  await signUp(page, "Archie Owner", uniqueEmail("archive"), `Archive Source ${stamp}`);
  await page.waitForURL(/\/o\/[a-z0-9-]+$/);
  const slug = new URL(page.url()).pathname.split("/")[2]!;

  await page.goto(`/o/${slug}/projects/new`);
  await page.getByLabel("Project name").fill("Refund assistant");
  await page.getByRole("button", { name: "Create project" }).click();
  await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);

  await page.goto(`/o/${slug}/settings`);
  await expectNoAxeViolations(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export organization" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(`^${slug}-\\d{4}-\\d{2}-\\d{2}\\.preflight\\.json\\.gz$`));
  const archivePath = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(archivePath);

  await page.goto("/orgs/new");
  const importButton = page.getByRole("button", { name: "Import organization" });
  await expect(importButton).toBeDisabled();
  await expectNoAxeViolations(page);

  await page
    .locator("#archive")
    .setInputFiles({ name: "broken.preflight.json.gz", mimeType: "application/gzip", buffer: Buffer.from("not gzip") });
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(page.getByText("This archive cannot be imported: the file is not gzip-compressed").first()).toBeVisible();
  await expect(page.getByTestId("archive-chosen")).toHaveText("broken.preflight.json.gz");

  await page.locator("#archive").setInputFiles(archivePath);
  await importButton.click();
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText(`Imported Archive Source ${stamp} with 1 project.`);
  await expectNoAxeViolations(page);
  await summary.getByRole("link", { name: `Open Archive Source ${stamp}` }).click();
  await page.waitForURL(new RegExp(`/o/${slug}-2$`));
  await expect(page.getByText("Refund assistant").first()).toBeVisible();
});
