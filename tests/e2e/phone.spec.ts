/**
 * Issue #14, defect 1: on a phone every page fits the screen, every navigation item is in
 * reach through the Menu sheet, and axe finds nothing — on every page of the app (the list
 * is checked against app/**\/page.tsx, so a new page cannot be left out), with the sheet
 * open and with the sign-out dialog open. Run at 390×844 and at 360×740.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { pagesInSource } from "../system/support/entry-point-catalog";
import { PUBLIC_PAGES } from "../system/support/pages";
import { signIn } from "./support/accounts";
import { axeViolations, drawEverything, expectNoHorizontalOverflow, expectReachable, menuButton, menuSheet, PHONES } from "./support/phone";
import { ORG, unsentEditInNewProject } from "./support/workspace";

const OWNER = DEMO_USERS[0].email;
const ORG_LINKS = ["Portfolio", "Projects", "My items", "Members", "Settings"];

/** Real ids for the dynamic segments: a demo project with two snapshots, and a live invitation. */
interface Ids {
  project: string;
  compare: string;
  snapshot: string;
  token: string;
}

/** Every page pattern of app/, as the URL the owner opens (a test below checks this list against the source). */
const ROUTES: Record<string, (ids: Ids) => string> = {
  "/": () => "/",
  "/sign-in": () => "/sign-in",
  "/sign-up": () => "/sign-up",
  "/rules": () => "/rules",
  "/invite/[token]": (ids) => `/invite/${ids.token}`,
  "/account": () => "/account",
  "/orgs/new": () => "/orgs/new",
  "/o/[slug]": () => ORG,
  "/o/[slug]/members": () => `${ORG}/members`,
  "/o/[slug]/settings": () => `${ORG}/settings`,
  "/o/[slug]/projects": () => `${ORG}/projects`,
  "/o/[slug]/my-items": () => `${ORG}/my-items`,
  "/o/[slug]/projects/new": () => `${ORG}/projects/new`,
  "/o/[slug]/projects/[projectId]": (ids) => ids.project,
  "/o/[slug]/projects/[projectId]/dashboard": (ids) => `${ids.project}/dashboard`,
  "/o/[slug]/projects/[projectId]/history": (ids) => `${ids.project}/history`,
  "/o/[slug]/projects/[projectId]/plan": (ids) => `${ids.project}/plan`,
  "/o/[slug]/projects/[projectId]/settings": (ids) => `${ids.project}/settings`,
  "/o/[slug]/projects/[projectId]/snapshots": (ids) => `${ids.project}/snapshots`,
  "/o/[slug]/projects/[projectId]/snapshots/compare": (ids) => ids.compare,
  "/o/[slug]/projects/[projectId]/snapshots/[snapshotId]": (ids) => ids.snapshot,
};

/** Pages that are not in app/ as page.tsx but are served: the 404s (an unusable invitation has its own). */
const NOT_FOUND_PAGES = ["/no-such-page", "/o/no-such-organization", "/invite/no-such-invitation-token-0000000000"];

test("the route list covers every page.tsx under app/", () => {
  expect(Object.keys(ROUTES).sort()).toEqual(
    pagesInSource()
      .map((page) => page.pattern)
      .sort(),
  );
});

/** Signs in as the demo owner and finds the ids; the invitation is created fresh (single use, expires). */
async function ownerIds(page: Page): Promise<Ids> {
  await signIn(page, OWNER, DEMO_PASSWORD);
  await page.goto(`${ORG}/projects`);
  const href = await page.getByRole("link", { name: "Invoice dispute classification" }).getAttribute("href");
  const project = href!.match(/^\/o\/[a-z0-9-]+\/projects\/[0-9a-f-]{36}/)![0];
  await page.goto(`${project}/snapshots`);
  const snapshot = await page
    .getByRole("link", { name: /^Revision \d+$/ })
    .first()
    .getAttribute("href");
  await page.getByRole("button", { name: "Show what changed" }).click();
  await page.waitForURL(/\/snapshots\/compare\?/);
  const compare = `${new URL(page.url()).pathname}${new URL(page.url()).search}`;
  await page.goto(`${ORG}/members`);
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByTestId("invitation-link").inputValue();
  return { project, compare, snapshot: snapshot!, token: link.split("/invite/")[1]! };
}

/** Fits, no axe violation; and where there is a header, its Menu sheet holds every item in reach. */
async function checkPage(page: Page, url: string, items: { links: string[]; organizations: string[] } | null) {
  const what = `${url} at ${page.viewportSize()!.width} px`;
  await drawEverything(page);
  await expectNoHorizontalOverflow(page, what);
  expect(await axeViolations(page), what).toEqual([]);
  if (!items) return;

  const button = menuButton(page);
  await expectReachable(page, button, `${what}: the Menu button`);
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await button.click();
  const sheet = menuSheet(page);
  await expect(sheet).toBeVisible();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  const reachable = [
    ...items.links.map((name) => sheet.getByRole("navigation", { name: "Organization" }).getByRole("link", { name, exact: true })),
    ...items.organizations.map((name) => sheet.getByRole("link", { name: new RegExp(`^${name}`) })),
    ...(items.organizations.length > 0 ? [sheet.getByRole("link", { name: "+ New organization" })] : []),
    sheet.getByRole("button", { name: /^Switch to (dark|light) theme$/ }),
    sheet.getByRole("link", { name: "Account and password" }),
    sheet.getByRole("button", { name: "Sign out" }),
    sheet.getByRole("button", { name: "Close menu" }),
  ];
  for (const item of reachable) await expectReachable(page, item, `${what}: ${String(item)}`);
  await expectNoHorizontalOverflow(page, `${what} with the menu open`);
  expect(await axeViolations(page), `${what} with the menu open`).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(button).toBeFocused();
}

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

async function phonePage(browser: Browser, viewport: { width: number; height: number }, storageState?: StorageState): Promise<Page> {
  const context = await browser.newContext({ viewport, isMobile: true, hasTouch: true, storageState });
  return context.newPage();
}

const ORGANIZATIONS = ["Globex Customer Support", "Northwind Revenue Ops"];

for (const phone of PHONES) {
  test.describe(`on a ${phone.name} phone`, () => {
    let ids: Ids;
    let owner: StorageState;
    test.beforeAll(async ({ browser }) => {
      const page = await phonePage(browser, phone.viewport);
      ids = await ownerIds(page);
      owner = await page.context().storageState();
      await page.context().close();
    });

    for (const [pattern, route] of Object.entries(ROUTES)) {
      test(`${pattern} fits, passes axe and has every navigation item in reach, signed in as owner${PUBLIC_PAGES.includes(pattern) ? " and signed out" : ""}`, async ({
        browser,
      }) => {
        // Two whole-page axe runs, every chart drawn, a dozen items checked: the portfolio takes most of a minute on a busy machine.
        test.setTimeout(180_000);
        const url = route(ids);
        if (PUBLIC_PAGES.includes(pattern)) {
          const visitor = await phonePage(browser, phone.viewport);
          await visitor.goto(url);
          await checkPage(visitor, `${url} (signed out)`, null);
          await visitor.context().close();
        }
        const page = await phonePage(browser, phone.viewport, owner);
        await page.goto(url);
        const inOrganization = new URL(page.url()).pathname.startsWith("/o/");
        // The app header is the page's banner; the rule catalogue has <header>s of its own inside its articles.
        const hasHeader = (await page.getByRole("banner").count()) > 0;
        await checkPage(
          page,
          url,
          hasHeader ? { links: inOrganization ? ORG_LINKS : [], organizations: inOrganization ? ORGANIZATIONS : [] } : null,
        );
      });
    }

    test("the 404 pages fit and pass axe, signed in and signed out", async ({ browser }) => {
      test.setTimeout(120_000);
      const signedIn = await phonePage(browser, phone.viewport, owner);
      for (const who of [signedIn, await phonePage(browser, phone.viewport)]) {
        // Signed out, an organization's address leads to sign-in, not to a 404.
        for (const url of NOT_FOUND_PAGES.filter((path) => who === signedIn || !path.startsWith("/o/"))) {
          expect((await who.goto(url))?.status(), url).toBe(404);
          await checkPage(who, url, null);
        }
      }
    });

    test("every item of the Menu sheet takes you there; the sheet traps focus and closes after", async ({ browser }) => {
      const page = await phonePage(browser, phone.viewport, owner);
      const targets: [string, RegExp][] = [
        ["Projects", /\/o\/northwind-revenue-ops\/projects$/],
        ["Members", /\/members$/],
        ["Settings", /\/o\/northwind-revenue-ops\/settings$/],
        ["Portfolio", /\/o\/northwind-revenue-ops$/],
      ];
      await page.goto(ORG);
      for (const [name, url] of targets) {
        await menuButton(page).click();
        await menuSheet(page).getByRole("navigation", { name: "Organization" }).getByRole("link", { name, exact: true }).click();
        await expect(page).toHaveURL(url);
        await expect(menuSheet(page)).toBeHidden();
        // The page says where you are, in the sheet too.
        await menuButton(page).click();
        await expect(menuSheet(page).getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
        await page.keyboard.press("Escape");
      }

      // Focus stays in the open sheet: tabbing past its last item comes back to its first.
      await menuButton(page).click();
      const sheet = menuSheet(page);
      for (let i = 0; i < 15; i++) {
        await page.keyboard.press("Tab");
        expect(await sheet.evaluate((node) => node.contains(document.activeElement))).toBe(true);
      }
      await sheet.getByRole("link", { name: /^Globex Customer Support/ }).click();
      await expect(page).toHaveURL(/\/o\/globex-customer-support$/);
      await expect(sheet).toBeHidden();
      await menuButton(page).click();
      await sheet.getByRole("link", { name: "Account and password" }).click();
      await expect(page).toHaveURL(/\/account$/);
    });

    test("signing out with unsent edits: the sheet closes, the dialog passes axe and fits", async ({ browser }) => {
      const page = await phonePage(browser, phone.viewport);
      await signIn(page, OWNER, DEMO_PASSWORD);
      await unsentEditInNewProject(page, `Phone sign-out ${phone.name} ${Date.now()}`);
      // An empty project's step list once pushed the page to 1,263 px: its hidden status texts escaped the scroller.
      await expectNoHorizontalOverflow(page, "a new project's workspace");

      await menuButton(page).click();
      await menuSheet(page).getByRole("button", { name: "Sign out" }).click();
      const dialog = page.getByRole("dialog", { name: "Unsaved changes" });
      await expect(dialog).toBeVisible();
      await expect(menuSheet(page)).toBeHidden();
      await expectReachable(page, dialog.getByRole("button", { name: "Save and sign out" }), "Save and sign out");
      await expectNoHorizontalOverflow(page, "the sign-out dialog");
      expect(await axeViolations(page), "with the sign-out dialog open").toEqual([]);
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await expect(dialog).toBeHidden();
      await expect(menuButton(page)).toBeFocused();

      await menuButton(page).click();
      await menuSheet(page).getByRole("button", { name: "Sign out" }).click();
      await dialog.getByRole("button", { name: "Discard and sign out" }).click();
      await expect(page).toHaveURL(/\/sign-in/);
    });
  });
}
