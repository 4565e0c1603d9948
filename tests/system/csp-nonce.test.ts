/**
 * Scripts under the Content Security Policy, against the production server and in a real
 * Chromium: every page's policy carries a fresh nonce with 'strict-dynamic' and no
 * 'unsafe-inline', every <script> Next writes carries that nonce, the main pages hydrate
 * without a single violation, and a script or event handler an attacker managed to inject
 * into the HTML does not run.
 */
import type { Page } from "@playwright/test";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Session } from "@/lib/cli/http/session";
import { browserFor, type SignedInBrowser } from "./support/browser";
import { SystemStack } from "./support/stack";
import { DEMO_PASSWORD, VICTIM_SLUG } from "./support/world";

let stack: SystemStack;
let owner: Session;
let projectId: string;
const browsers: SignedInBrowser[] = [];

beforeAll(async () => {
  stack = await SystemStack.start({ name: "pg-sys-csp", appPort: 3242, pgPort: 15372, demo: true });
  owner = new Session(stack.base);
  await owner.signIn("demo@preflight.local", DEMO_PASSWORD);
  const project = await stack.db.project.findFirstOrThrow({
    where: { organization: { slug: VICTIM_SLUG }, archivedAt: null },
    orderBy: { createdAt: "asc" },
  });
  projectId = project.id;
});
afterAll(async () => {
  for (const browser of browsers) await browser.close();
  await stack?.close();
});

const signedInPages = () => ({
  portfolio: `/o/${VICTIM_SLUG}`,
  dashboard: `/o/${VICTIM_SLUG}/projects/${projectId}/dashboard`,
  workspace: `/o/${VICTIM_SLUG}/projects/${projectId}`,
});

const scriptSrc = (response: Response) =>
  (response.headers.get("content-security-policy") ?? "")
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src")) ?? "";

const nonceOf = (policy: string) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];

/** A page's HTML and the nonce of its policy; fails when the policy is not nonce-based. */
async function noncedPage(session: Session, url: string): Promise<{ html: string; nonce: string }> {
  const response = await session.get(url);
  expect(response.status, url).toBe(200);
  const policy = scriptSrc(response);
  expect(policy, url).toContain("'strict-dynamic'");
  expect(policy, url).not.toContain("'unsafe-inline'");
  const nonce = nonceOf(policy);
  expect(nonce, `${url}: ${policy}`).toBeDefined();
  // 128 bits or more, base64.
  expect(Buffer.from(nonce!, "base64").length, url).toBeGreaterThanOrEqual(16);
  return { html: await response.text(), nonce: nonce! };
}

it("every request gets a fresh nonce, and every <script> of the page carries it", async () => {
  const visits = [["/sign-in", new Session(stack.base)], ...Object.values(signedInPages()).map((url) => [url, owner] as const)] as const;
  const nonces = new Set<string>();
  for (const [url, session] of visits) {
    for (let round = 0; round < 2; round++) {
      const { html, nonce } = await noncedPage(session, url);
      nonces.add(nonce);
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, url).toBeGreaterThan(0);
      expect(
        scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`)),
        url,
      ).toEqual([]);
    }
  }
  expect(nonces.size).toBe(2 * visits.length);
});

/** A browser page that records every CSP violation, from the DOM event and from the console. */
async function watchedPage(session: Session): Promise<{ page: Page; violations: string[] }> {
  const browser = await browserFor(session);
  browsers.push(browser);
  const violations: string[] = [];
  browser.page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await browser.page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  // Init scripts come from the DevTools protocol, not the page, so the policy does not apply to them.
  await browser.page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  return { page: browser.page, violations };
}

/** True once React has hydrated the page: its elements then carry React's internal keys. */
async function hydrated(page: Page): Promise<boolean> {
  const handle = await page.waitForFunction(
    () => Object.keys(document.querySelector("main") ?? {}).some((key) => key.startsWith("__react")),
    undefined,
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) === true;
}

it("sign-in, portfolio, dashboard and workspace hydrate in Chromium without a CSP violation", async () => {
  const signedOut = await watchedPage(new Session(stack.base));
  await signedOut.page.goto(`${stack.base}/sign-in`);
  expect(await hydrated(signedOut.page)).toBe(true);
  expect(signedOut.violations).toEqual([]);

  const { page, violations } = await watchedPage(owner);
  for (const [name, url] of Object.entries(signedInPages())) {
    await page.goto(`${stack.base}${url}`, { waitUntil: "networkidle" });
    expect(await hydrated(page), name).toBe(true);
    // Scroll through, so charts that load when seen (recharts) load and draw too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");
    expect(violations, name).toEqual([]);
  }
});

it("scripts and handlers injected into the HTML without the nonce do not run; one with it does", async () => {
  const { page, violations } = await watchedPage(owner);
  const workspace = `${stack.base}${signedInPages().workspace}`;
  // The server's own answer, with a stored-XSS payload spliced in before </body>.
  await page.route(workspace, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const nonce = nonceOf(scriptSrc(new Response(null, { headers: response.headers() })));
    const injected = [
      `<script>window.__injected = "inline"</script>`,
      `<img src="/no-such-image.png" alt="" onerror="window.__handler = true">`,
      `<script src="/api/health"></script>`,
      `<script nonce="${nonce}">window.__allowed = true</script>`,
    ].join("");
    const { "content-encoding": _encoding, "content-length": _length, ...headers } = response.headers();
    await route.fulfill({ status: response.status(), headers, body: html.replace("</body>", `${injected}</body>`) });
  });
  await page.goto(workspace);
  expect(await hydrated(page)).toBe(true);
  const ran = await page.evaluate(() => {
    const flags = window as unknown as Record<string, unknown>;
    return { injected: flags.__injected, handler: flags.__handler, allowed: flags.__allowed };
  });
  expect(ran).toEqual({ injected: undefined, handler: undefined, allowed: true });
  expect(violations.filter((v) => /script-src/.test(v)).length).toBeGreaterThanOrEqual(3);
});
