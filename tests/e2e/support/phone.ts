import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

/** A phone's screen, and the narrowest the app must fit (issue #14). */
export const PHONES = [
  { name: "390×844", viewport: { width: 390, height: 844 } },
  { name: "360×740", viewport: { width: 360, height: 740 } },
] as const;

/** Every axe violation on the whole page (header, dialogs and all), as "rule: targets" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/**
 * Scrolls through the page so every lazily drawn chart comes into view and is drawn (charts
 * load when seen), then back to the top. What is checked afterwards is the whole page as a
 * reader who scrolled through it got it.
 */
export async function drawEverything(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = page.viewportSize()!.height / 2;
  for (let y = 0; y <= height; y += step) {
    // Two frames at each stop, so the charts' intersection observers see what came into view.
    await page.evaluate((top) => {
      window.scrollTo(0, top);
      return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }, y);
  }
  await expect(page.locator("[data-chart-placeholder]")).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The page is no wider than the screen: nothing pans sideways. */
export async function expectNoHorizontalOverflow(page: Page, what: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${what}: the page is ${scrollWidth} px wide on a ${innerWidth} px screen`).toBeLessThanOrEqual(innerWidth);
}

/** The item is inside the screen (scrolled to within the sheet if need be) and would take a click. */
export async function expectReachable(page: Page, item: Locator, what: string) {
  await item.scrollIntoViewIfNeeded();
  const box = await item.boundingBox();
  const { width, height } = page.viewportSize()!;
  expect(box, `${what} has no box`).not.toBeNull();
  expect(
    box!.x >= 0 && box!.y >= 0 && box!.x + box!.width <= width && box!.y + box!.height <= height,
    `${what} at ${JSON.stringify(box)} is off a ${width}×${height} screen`,
  ).toBe(true);
  // Actionability only: visible, enabled, not covered by anything else.
  await item.click({ trial: true });
}

// Included when hidden: while the sheet (a modal) is open, the page behind it, its button too, is aria-hidden.
export const menuButton = (page: Page) => page.locator("header").getByRole("button", { name: "Menu", exact: true, includeHidden: true });
export const menuSheet = (page: Page) => page.getByRole("dialog", { name: "Menu" });
