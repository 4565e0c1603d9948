/**
 * The production server's security headers on every page of the build (signed out and signed
 * in, HTML and RSC payload, redirects and 404s included) and on every route handler (answers
 * and refusals): a CSP without eval or inline scripts (an HTML page's allows its scripts by a
 * nonce with 'strict-dynamic') that forbids plugins, <base> and framing; nosniff; a
 * Referrer-Policy; HSTS; no-store wherever an answer may hold someone's data; no CORS.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Session } from "@/lib/cli/http/session";
import { ROUTES } from "./support/coverage/routes";
import { entriesInBuild } from "./support/entry-point-catalog";
import { concretePages, fetchRsc, victimPageIds, type ConcretePage } from "./support/pages";
import type { SystemStack } from "./support/stack";
import { startWorld, signedOut, type World } from "./support/world";

let stack: SystemStack;
let world: World;
let pages: ConcretePage[];

beforeAll(async () => {
  ({ stack, world } = await startWorld());
  pages = concretePages(victimPageIds(world.victim));
});
afterAll(async () => stack?.close());

const HALF_A_YEAR = 180 * 24 * 3600;

/** Everything wrong with one response's headers; empty when all is well. */
function headerProblems(headers: Headers): string[] {
  const problems: string[] = [];
  const csp = (headers.get("content-security-policy") ?? "").split(";").map((d) => d.trim());
  if (csp.some((d) => d.includes("'unsafe-eval'"))) problems.push("the CSP allows eval");
  const scriptSrc = csp.find((d) => d.startsWith("script-src")) ?? "";
  if (scriptSrc.includes("'unsafe-inline'")) problems.push("the CSP allows inline scripts");
  const html = (headers.get("content-type") ?? "").startsWith("text/html");
  if (html && !(/'nonce-[A-Za-z0-9+/]{22,}={0,2}'/.test(scriptSrc) && scriptSrc.includes("'strict-dynamic'")))
    problems.push("an HTML page's CSP has no nonce with 'strict-dynamic'");
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
    if (!csp.includes(directive)) problems.push(`the CSP lacks ${directive}`);
  }
  if (headers.get("x-content-type-options") !== "nosniff") problems.push("no X-Content-Type-Options: nosniff");
  const referrer = headers.get("referrer-policy") ?? "";
  if (!referrer || ["unsafe-url", "no-referrer-when-downgrade"].includes(referrer)) problems.push(`Referrer-Policy is "${referrer}"`);
  const hsts = /max-age=(\d+)/.exec(headers.get("strict-transport-security") ?? "");
  if (!hsts || Number(hsts[1]) < HALF_A_YEAR) problems.push("no HSTS of at least half a year");
  if (!/\bno-store\b/.test(headers.get("cache-control") ?? "")) problems.push(`Cache-Control is "${headers.get("cache-control")}"`);
  if (headers.has("access-control-allow-origin")) problems.push("it allows CORS");
  return problems;
}

/** Fetches each URL and maps it to what is wrong with its status and headers (only URLs with problems). */
async function survey(urls: string[], fetcher: (url: string) => Promise<Response>, expectStatus: (url: string) => number[]) {
  const problems: Record<string, string[]> = {};
  for (const url of urls) {
    const response = await fetcher(url);
    await response.body?.cancel();
    const found = headerProblems(response.headers);
    if (!expectStatus(url).includes(response.status)) found.push(`status ${response.status}, expected ${expectStatus(url).join(" or ")}`);
    if (found.length > 0) problems[url] = found;
  }
  return problems;
}

const pageOf = (url: string) => pages.find((p) => p.url === url)!;

it("has a URL for every page in the build", () => {
  const built = entriesInBuild().filter((entry) => entry.endsWith("/page") && !/^app\/_(not-found|global-error)\//.test(entry));
  expect(pages.map((p) => p.pattern).sort()).toEqual(
    built
      .map(
        (entry) =>
          entry
            .replace(/^app/, "")
            .replace(/\/\([^/]+\)/g, "")
            .replace(/\/page$/, "") || "/",
      )
      .sort(),
  );
});

it("signed out, every page sends the headers; protected pages send you to sign in", async () => {
  const visitor = signedOut(stack.base);
  const statusOf = (url: string) => (url === "/" || !pageOf(url).public ? [307] : [200]);
  expect(
    await survey(
      pages.map((p) => p.url),
      (url) => visitor.get(url),
      statusOf,
    ),
  ).toEqual({});
});

it("signed in, every page's HTML and RSC payload sends the headers and is never stored", async () => {
  // Signed in, the sign-in and sign-up pages and the home page redirect to the organization
  // (in an RSC payload the redirect is part of a 200 answer).
  const redirects = (url: string) => ["/", "/sign-in", "/sign-up"].includes(url);
  const urls = pages.map((p) => p.url);
  expect(
    await survey(
      urls,
      (url) => world.owner.get(url),
      (url) => (redirects(url) ? [307] : [200]),
    ),
  ).toEqual({});
  expect(
    await survey(
      urls,
      (url) => fetchRsc(world.owner, url),
      (url) => (redirects(url) ? [200, 307] : [200]),
    ),
  ).toEqual({});
});

it("pages that do not exist, or belong to another organization, answer 404 with the same headers", async () => {
  const urls = ["/no-such-page", `/o/${world.outsiderOrg.slug}`, `/o/${world.victim.slug}/projects/${world.outsiderOrg.projectId}`];
  expect(
    await survey(
      urls,
      (url) => world.owner.get(url),
      () => [404],
    ),
  ).toEqual({});
});

it("every route handler sends the headers, on its answer and on a refusal", async () => {
  const sessions: Record<(typeof ROUTES)[number]["legit"]["as"], Session> = {
    owner: world.owner,
    viewer: world.viewer,
    outsider: world.outsider,
    "signed-out": signedOut(stack.base),
  };
  const problems: Record<string, string[]> = {};
  for (const route of ROUTES) {
    const answered = await (route.legit.call ?? route.call)(sessions[route.legit.as], world.victim);
    const refused = await route.call(signedOut(stack.base), world.victim);
    for (const [label, outcome] of [
      ["answer", answered],
      ["refusal", refused],
    ] as const) {
      const found = headerProblems(outcome.headers!);
      if (found.length > 0) problems[`${route.entry} (${label}, ${outcome.status})`] = found;
    }
  }
  expect(problems).toEqual({});
});
