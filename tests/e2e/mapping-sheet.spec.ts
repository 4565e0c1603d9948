import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { signIn } from "./support/accounts";
import { ORG, expectNoAxeViolations, expectSaved, goToStep, newProject } from "./support/workspace";

const EDITOR = DEMO_USERS[1].email;
const panel = (page: Page) => page.getByTestId("findings-panel");
const grid = (page: Page) => page.getByTestId("mapping-grid");
const cell = (page: Page, row: number, field: string) => page.locator(`#f-plan-fieldMappings-${row}-${field}`);

/** 50 rows as Excel puts them on the clipboard: tab-separated, in the sheet's column order, no header. */
function copiedRows(): string {
  const lines: string[] = [];
  for (let i = 1; i <= 50; i += 1) {
    const object = i % 2 === 0 ? "Account" : "Contact";
    lines.push([object, "CRM", `Field_${i}`, "Billing", `field_${i}`, "Value", "trim", "Yes", "One-way", "", ""].join("\t"));
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** Ctrl+V with this text on the system clipboard, as a person pastes from a spreadsheet. */
async function paste(page: Page, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press("Control+V");
}

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("the mapping sheet is a grid: typed by keyboard, 50 rows pasted, a blocker raised and cleared, in the PDF", async ({ page }) => {
  test.slow();
  const url = await newProject(page, EDITOR, `Mapping grid ${Date.now()}`);
  await goToStep(page, /^P2 /);
  await expect(grid(page)).toBeVisible();
  await expectNoAxeViolations(page);

  // A first row by keyboard: the arrows move between cells once the caret reaches the edge.
  await page.getByRole("button", { name: "+ Add mapping" }).click();
  await expect(cell(page, 0, "object")).toBeFocused();
  await page.keyboard.type("Contact");
  await page.keyboard.press("ArrowRight");
  await expect(cell(page, 0, "sourceSystem")).toBeFocused();
  await page.keyboard.type("CRM");
  await expect(cell(page, 0, "sourceSystem")).toHaveValue("crm");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.type("Email");
  await page.keyboard.press("ArrowLeft"); // caret inside the text: stays in the cell
  await expect(cell(page, 0, "sourceField")).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.type("Support");
  await expect(cell(page, 0, "targetSystem")).toHaveValue("support_desk");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.type("requester_email");
  for (let i = 0; i < 4; i += 1) await page.keyboard.press("ArrowRight");
  await expect(cell(page, 0, "direction")).toBeFocused();

  // Both ways with no conflict rule is a blocker; the rule, typed in the next cell, clears it.
  const noRule = panel(page).locator('[data-rule-id="MAPPING_BIDIRECTIONAL_NO_RULE"]');
  await page.keyboard.type("Bi");
  await expect(cell(page, 0, "direction")).toHaveValue("bidirectional");
  await expect(noRule).toHaveCount(1);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.type("CRM wins; support edits are logged");
  await expect(noRule).toHaveCount(0);
  await expectSaved(page);

  // A status row's value map, opened from its cell.
  await cell(page, 0, "kind").selectOption({ label: "Status (set of states)" });
  const unmapped = panel(page).locator('[data-rule-id="STATUS_VALUES_UNMAPPED"]');
  await expect(unmapped).toHaveCount(1);
  await cell(page, 0, "valueMap").click();
  const editor = page.getByTestId("value-map-editor");
  await expect(editor.getByRole("heading")).toBeFocused();
  await editor.getByRole("button", { name: "+ Add pair" }).click();
  await expect(page.locator("#f-plan-fieldMappings-0-valueMap-0-from")).toBeFocused();
  await page.keyboard.type("Open");
  await page.locator("#f-plan-fieldMappings-0-valueMap-0-to").fill("Active - In Progress");
  await expect(unmapped).toHaveCount(0);
  await expectNoAxeViolations(page);
  await editor.getByRole("button", { name: "Done" }).click();
  await expect(cell(page, 0, "valueMap")).toBeFocused();
  await expect(cell(page, 0, "valueMap")).toHaveText("1 pair");

  // Bad cells: listed by row and column, and nothing is added.
  await cell(page, 0, "sourceField").focus();
  await paste(page, 'Contact\tSalesforce\tEmail\tBilling\temail\r\nAccount\tCRM\t=HYPERLINK("http://x")\tBilling\tname\r\n');
  const review = page.getByTestId("sheet-review");
  await expect(review.getByRole("heading")).toHaveText("Nothing was added: 2 problems in the pasted cells");
  await expect(review.getByRole("heading")).toBeFocused();
  const problems = review.getByTestId("sheet-problems");
  await expect(problems.getByRole("row").nth(1)).toContainText("1Source system");
  await expect(problems.getByRole("row").nth(2)).toContainText("formulas are not imported");
  await expectNoAxeViolations(page);
  await review.getByRole("button", { name: "Close" }).click();
  await expect(page.getByTestId("sheet-count")).toHaveText("1 row");

  // 50 rows copied from a spreadsheet: read, checked, added once confirmed.
  await cell(page, 0, "targetField").focus();
  await paste(page, copiedRows());
  await expect(review.getByRole("heading")).toHaveText("50 rows read from the pasted cells");
  // A preview of the first rows shows where the columns landed before anything is added.
  const preview = review.getByRole("region", { name: "The first 5 of 50 rows" });
  await expect(preview.getByRole("row")).toHaveCount(6);
  await expect(preview.getByRole("row").nth(1)).toHaveText(["Contact", "CRM · Field_1", "Billing · field_1", "Value"].join(""));
  await expectNoAxeViolations(page);
  await expect(page.getByTestId("sheet-count")).toHaveText("1 row");
  await review.getByRole("button", { name: "Add 50 rows" }).click();
  await expect(page.getByTestId("sheet-count")).toHaveText("51 rows");
  await expect(cell(page, 1, "object")).toBeFocused();
  await expect(cell(page, 1, "sourceField")).toHaveValue("Field_1");
  await expectSaved(page);

  // Only the rows in view are in the page; Ctrl+↓ reaches the last one all the same.
  expect(await page.locator("[data-testid=mapping-grid] tbody tr[data-pos]").count()).toBeLessThan(51);
  await page.keyboard.press("Control+ArrowDown");
  await expect(cell(page, 50, "object")).toBeFocused();
  await expect(cell(page, 50, "sourceField")).toHaveValue("Field_50");

  // Filters by object and by system.
  await page.locator("#mapping-filter-object").selectOption({ label: "Account" });
  await expect(page.getByTestId("sheet-count")).toHaveText("25 of 51 rows");
  await page.locator("#mapping-filter-system").selectOption({ label: "Support desk" });
  await expect(page.getByTestId("sheet-count")).toHaveText("0 of 51 rows");
  await page.locator("#mapping-filter-object").selectOption({ label: "All objects" });
  await expect(page.getByTestId("sheet-count")).toHaveText("1 of 51 rows");
  await page.locator("#mapping-filter-system").selectOption({ label: "All systems" });

  // The sheet exports on its own, and the file imports back.
  const download = page.waitForEvent("download");
  await grid(page).getByRole("button", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^mapping-grid-\d+-mapping-sheet\.csv$/);
  const csvPath = "test-results/screens/mapping-sheet.csv";
  await file.saveAs(csvPath);
  const csv = readFileSync(csvPath, "utf8");
  expect(csv.split("\r\n").filter((line) => line !== "")).toHaveLength(52);
  expect(csv).toContain("Business object,Source system,Source field");
  expect(csv).toContain("Open=Active - In Progress");
  await page
    .locator("#mapping-sheet-file")
    .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
  await expect(review.getByRole("heading")).toHaveText("Nothing was added: 1 problem in logo.png");
  await expect(review).toContainText("this is not a text sheet");
  await review.getByRole("button", { name: "Close" }).click();
  await page.locator("#mapping-sheet-file").setInputFiles(csvPath);
  await expect(review.getByRole("heading")).toHaveText("51 rows read from mapping-sheet.csv");
  await review.getByRole("button", { name: "Replace all 51 rows" }).click();
  await expect(page.getByTestId("sheet-count")).toHaveText("51 rows");
  await expect(cell(page, 0, "valueMap")).toHaveText("1 pair");
  await expectSaved(page);

  // The PDF of the draft carries the sheet as a table.
  await page.goto(`${url}/dashboard`);
  await page.getByRole("button", { name: "Export report…" }).click();
  const pdf = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF report" }).click();
  const pdfPath = "test-results/screens/mapping-sheet.pdf";
  await (await pdf).saveAs(pdfPath);
  const text = execFileSync("pdftotext", ["-layout", pdfPath, "-"]).toString();
  expect(text).toContain("Open →");
  for (const field of ["Field_1", "Field_25", "Field_50", "field_50"]) expect(text).toContain(field);
});

test("a viewer reads the mapping sheet as text and can export it, but not change it", async ({ page }) => {
  await signIn(page, DEMO_USERS[2].email, DEMO_PASSWORD);
  await page.goto(`${ORG}/projects?q=${encodeURIComponent("Lead intake")}`);
  const href = await page.getByRole("link", { name: "Lead intake enrichment" }).first().getAttribute("href");
  const id = /projects\/([0-9a-f-]{36})/.exec(href ?? "")?.[1];
  expect(id).toBeDefined();
  await page.goto(`${ORG}/projects/${id}`);
  await goToStep(page, /^P2 /);
  await expect(grid(page).locator("tbody input, tbody select")).toHaveCount(0);
  await expect(cell(page, 0, "sourceField")).not.toHaveText("");
  await expect(grid(page).getByRole("button", { name: "+ Add mapping" })).toHaveCount(0);
  await expect(grid(page).getByRole("button", { name: "Import CSV…" })).toHaveCount(0);
  await expect(grid(page).getByRole("button", { name: "Export CSV" })).toBeEnabled();
  await expectNoAxeViolations(page);
});
