/**
 * Issue #7, JSON import: thousands of hostile `preflight.assessment/v1` files posted to the
 * import route of the production server. Each is a valid document broken in one place, or
 * a file that is not a readable document; every one must get a 4xx listing the problem
 * with its path, and no row or revision may move.
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import { parseAssessment } from "@/lib/readiness";
import { validDocument } from "../unit/readiness/arbitraries";
import { expectEveryRefusal } from "./support/barrage";
import type { Json } from "./support/hostile-json";
import { HOSTILE_PLAN, hostileSeed } from "./support/hostile-plan";
import { attackOneProject, DEMO_SLUG } from "./support/hostile-stack";
import { hostileRouteCases, refusalProblem } from "./support/json-route";
import { storedState } from "./support/stored-state";

const target = attackOneProject();

const revision = async () => (await target.stack.db.assessment.findUniqueOrThrow({ where: { projectId: target.projectId } })).revision;

it("the documents the payloads are made from are valid, so a refusal is owed to the hostile part", () => {
  for (const document of fc.sample(validDocument, { numRuns: 200, seed: 7 })) expect(parseAssessment(document).ok).toBe(true);
});

it("refuses every hostile import with a 4xx listing the problem, and stores nothing", async () => {
  const seed = hostileSeed();
  const before = await revision();
  const route = { slug: DEMO_SLUG, projectId: target.projectId, suffix: "/assessment/import", valid: validDocument as fc.Arbitrary<Json> };
  const cases = hostileRouteCases(route, 700, HOSTILE_PLAN.assessmentImport, seed);
  await expectEveryRefusal(
    "assessment import",
    { cases, planned: HOSTILE_PLAN.assessmentImport, seed },
    (item) => refusalProblem(target.owner, "POST", item),
    () => storedState(target.stack.db),
  );
  expect(await revision()).toBe(before);
});

it("still imports a valid document afterwards: the refusals were not a broken route", async () => {
  const before = await revision();
  const document = { format: "preflight.assessment/v1", answers: { workflow: { name: "Imported after the barrage" } } };
  const response = await target.owner.request("POST", `/api/o/${DEMO_SLUG}/projects/${target.projectId}/assessment/import`, {
    json: document,
  });
  expect(response.status).toBe(200);
  expect(await revision()).toBe(before + 1);
});
