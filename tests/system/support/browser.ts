/**
 * A real Chromium for what only a browser shows: error pages that render on the client, and
 * pages that recover by themselves. Signed in with the cookies of an HTTP session.
 */
import { chromium, type Browser, type Page } from "@playwright/test";
import type { Session } from "@/lib/cli/http/session";
import { chromiumPath } from "@/lib/cli/test-tools";

export interface SignedInBrowser {
  page: Page;
  close: () => Promise<void>;
}

export async function browserFor(session: Session): Promise<SignedInBrowser> {
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-quic"],
  });
  const context = await browser.newContext();
  const cookies = session
    .cookieHeader()
    .split("; ")
    .filter(Boolean)
    .map((pair) => {
      const [name, ...value] = pair.split("=");
      return { name: name!, value: value.join("="), url: session.base };
    });
  await context.addCookies(cookies);
  return { page: await context.newPage(), close: () => browser.close() };
}
