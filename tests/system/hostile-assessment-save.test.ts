/**
 * Issue #7, assessment save: thousands of hostile autosave bodies against the production
 * server. Each is a valid save at the current revision broken in one place, or a body that
 * is not a readable object at all; every one must get a 4xx naming the problem, and no row
 * or revision may move.
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import { ASSESSMENT_FORMAT, parseAssessment } from "@/lib/readiness";
import { validDocument } from "../unit/readiness/arbitraries";
import { expectEveryRefusal } from "./support/barrage";
import type { Json } from "./support/hostile-json";
import { HOSTILE_PLAN, HOSTILE_TOTAL, REQUIRED_TOTAL, hostileSeed } from "./support/hostile-plan";
import { attackOneProject, DEMO_SLUG } from "./support/hostile-stack";
import { hostileRouteCases, refusalProblem } from "./support/json-route";
import { storedState } from "./support/stored-state";

const target = attackOneProject();

const currentRevision = async () =>
  (await target.stack.db.assessment.findUniqueOrThrow({ where: { projectId: target.projectId } })).revision;

/** Valid saves at the current revision: accepted as they are, each would store a new revision. */
function validSaves(revision: number): fc.Arbitrary<Json> {
  return validDocument.map(
    (document) => ({ baseRevision: revision, answers: document.answers ?? {}, scores: document.scores ?? {} }) as Json,
  );
}

it("the hostile payloads of all targets add up to at least 10,000", () => {
  expect(HOSTILE_TOTAL).toBeGreaterThanOrEqual(REQUIRED_TOTAL);
});

it("the valid saves the payloads are made from are valid, so a refusal is owed to the hostile part", () => {
  for (const save of fc.sample(validSaves(0), { numRuns: 200, seed: 7 }) as { answers: unknown; scores: unknown }[]) {
    expect(parseAssessment({ format: ASSESSMENT_FORMAT, answers: save.answers, scores: save.scores }).ok).toBe(true);
  }
});

it("refuses every hostile save with a 4xx naming the problem, and stores nothing", async () => {
  const seed = hostileSeed();
  const revision = await currentRevision();
  const cases = hostileRouteCases(
    { slug: DEMO_SLUG, projectId: target.projectId, suffix: "/assessment", valid: validSaves(revision) },
    900,
    HOSTILE_PLAN.assessmentSave,
    seed,
  );
  await expectEveryRefusal(
    "assessment save",
    { cases, planned: HOSTILE_PLAN.assessmentSave, seed },
    (item) => refusalProblem(target.owner, "PUT", item),
    () => storedState(target.stack.db),
  );
  expect(await currentRevision()).toBe(revision);
});

it("still saves a valid draft afterwards: the refusals were not a broken route", async () => {
  const revision = await currentRevision();
  const body = { baseRevision: revision, answers: { workflow: { name: "Still saving" } }, scores: {} };
  const response = await target.owner.request("PUT", `/api/o/${DEMO_SLUG}/projects/${target.projectId}/assessment`, { json: body });
  expect(response.status).toBe(200);
  expect(await currentRevision()).toBe(revision + 1);
});

it("refuses a malformed submit-for-review with a 400 naming the field, and freezes nothing", async () => {
  const url = `/api/o/${DEMO_SLUG}/projects/${target.projectId}/snapshots`;
  const before = await storedState(target.stack.db);
  const bodies: [string, string][] = [
    ['{"revision":"3"}', "revision"],
    ['{"revision":-1}', "revision"],
    ['{"revision":1e309}', "revision"],
    ['{"revision":1.5}', "revision"],
    ["{}", "revision"],
    ['{"revision":1,"__proto__":{"x":1}}', "(root)"],
  ];
  for (const [body, field] of bodies) {
    const response = await target.owner.request("POST", url, { headers: { "content-type": "application/json" }, body });
    const answer = (await response.json()) as { error?: string; message?: string; fieldErrors?: Record<string, string[]> };
    expect(response.status, body).toBe(400);
    expect(Object.keys(answer.fieldErrors ?? {}), body).toContain(field);
    expect(answer.message, body).toContain(field);
  }
  expect(await storedState(target.stack.db)).toEqual(before);
  const valid = await target.owner.request("POST", url, { json: { revision: await currentRevision() } });
  expect(valid.status).toBe(201);
});
