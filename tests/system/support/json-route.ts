/**
 * Hostile requests to a JSON route handler of one project: the bodies, the hostile URLs
 * (an organization or project id with NUL, control bytes, broken escapes or 1,000
 * characters) and the check that each answer is a clear 4xx.
 */
import fc from "fast-check";
import type { Session } from "@/lib/cli/http/session";
import { brokenAtOneNode, withHugeText, type HostileBody, type Json } from "./hostile-json";
import { hostileRawBodies, oversizedBody } from "./hostile-raw";
import { routeRefusalProblem, type RouteExpectation } from "./refusal";

export interface RouteCase extends RouteExpectation {
  label: string;
  target: string;
  body: string | Uint8Array<ArrayBuffer>;
}

export function bodyCase(target: string, hostile: HostileBody): RouteCase {
  return { label: hostile.label, target, body: hostile.body, where: hostile.where, status: [hostile.status ?? 400] };
}

const HOSTILE_SEGMENTS = [
  "%00",
  "a%00b",
  "%01",
  "%1B%5B31m",
  "%7F",
  "%C0%80",
  "%ED%A0%80",
  "%FF",
  "%E2%80%AE",
  "x".repeat(1000),
  "__proto__",
  "constructor",
];

/** The same valid body sent to URLs whose organization or project segment is hostile: a 4xx that names the missing thing. */
export function hostileUrlCases(slug: string, projectId: string, suffix: string, validBody: string): RouteCase[] {
  return HOSTILE_SEGMENTS.flatMap((segment) => [
    {
      label: `project id ${segment.slice(0, 20)}`,
      target: `/api/o/${slug}/projects/${segment}${suffix}`,
      body: validBody,
      where: null,
      status: [400, 404],
    },
    {
      label: `organization ${segment.slice(0, 20)}`,
      target: `/api/o/${segment}/projects/${projectId}${suffix}`,
      body: validBody,
      where: null,
      status: [400, 404],
    },
  ]);
}

export async function refusalProblem(session: Session, method: string, item: RouteCase): Promise<string | null> {
  const response = await session.request(method, item.target, { body: item.body, headers: { "content-type": "application/json" } });
  return routeRefusalProblem(response.status, await response.text(), item);
}

export interface RouteTarget {
  slug: string;
  projectId: string;
  /** The route below the project, e.g. "/assessment". */
  suffix: string;
  /** Valid bodies: each would be stored as it is. */
  valid: fc.Arbitrary<Json>;
}

/**
 * `total` hostile requests to one route: hostile URLs, one body over the cap, four with 1 MB
 * of text, `rawRuns` bodies that are not a readable object, and the rest valid bodies broken
 * at one node.
 */
export function hostileRouteCases(route: RouteTarget, rawRuns: number, total: number, seed: number): RouteCase[] {
  const target = `/api/o/${route.slug}/projects/${route.projectId}${route.suffix}`;
  const [example] = fc.sample(route.valid, { numRuns: 1, seed });
  const fixed = [
    ...hostileUrlCases(route.slug, route.projectId, route.suffix, JSON.stringify(example)),
    bodyCase(target, oversizedBody(example!)),
    ...fc.sample(withHugeText(route.valid), { numRuns: 4, seed }).map((hostile) => bodyCase(target, hostile)),
  ];
  const raw = fc.sample(hostileRawBodies(route.valid), { numRuns: rawRuns, seed: seed + 1 }).map((hostile) => bodyCase(target, hostile));
  const broken = fc
    .sample(brokenAtOneNode(route.valid, ["control", "nul", "surrogate", "tooLong"]), {
      numRuns: total - fixed.length - raw.length,
      seed: seed + 2,
    })
    .map((hostile) => bodyCase(target, hostile));
  return [...fixed, ...raw, ...broken];
}
