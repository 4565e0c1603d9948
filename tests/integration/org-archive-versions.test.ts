import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { draftOf } from "@/lib/assessments/document";
import { saveAssessment } from "@/lib/assessments/save-assessment";
import { getSnapshot, submitForReview } from "@/lib/assessments/snapshots";
import type { OrganizationArchive } from "@/lib/org-archive/format";
import { exportOrganization } from "@/lib/org-archive/export-organization";
import { importOrganization } from "@/lib/org-archive/import-organization";
import { resolveOrgAccess } from "@/lib/organizations/access";
import { createProject } from "@/lib/projects/mutations";
import { evaluate, parseAnyAssessment, parseAssessment } from "@/lib/readiness";
import { testDb } from "./support/database";
import { makeOwner } from "./support/factories";

/** Archives written before issue #17 (version 1: no plan, v1 documents judged by 1.0.0) still import, as they were. */

const file = (name: string) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../public/examples/${name}.json`), "utf8"));
const unpack = (bytes: Uint8Array) => JSON.parse(gunzipSync(bytes).toString("utf8")) as OrganizationArchive;
const pack = (archive: unknown) => gzipSync(JSON.stringify(archive));

/** The archive as version 1 wrote it: drafts without `plan`, the snapshot a v1 document with its 1.0.0 evaluation. */
function asVersionOne(archive: OrganizationArchive): unknown {
  const parsed = parseAssessment(file("blocked"));
  if (!parsed.ok) throw new Error("blocked.json does not parse");
  const evaluation = evaluate(parsed.document, { ruleset: "1.0.0" });
  const count = (severity: string) => evaluation.findings.filter((f) => f.severity === severity).length;
  return {
    ...archive,
    version: 1,
    projects: archive.projects.map(({ draft: { plan: _plan, ...draft }, snapshots, ...project }) => ({
      ...project,
      draft,
      snapshots: snapshots.map((snapshot) => ({
        ...snapshot,
        document: parsed.document,
        evaluation,
        rulesetVersion: "1.0.0",
        verdict: evaluation.verdict,
        readinessIndex: evaluation.readinessIndex,
        blockerCount: count("blocker"),
        warningCount: count("warning"),
      })),
    })),
  };
}

describe("organization archive versions", () => {
  it("imports a version 1 archive: its 1.0.0 snapshot keeps its evaluation, the draft has no plan and is judged by 2.0.0", async () => {
    const owner = await makeOwner("Old source");
    const project = await createProject(owner, { name: "Refunds", description: "", systems: [], ownerId: null });
    const v2 = parseAnyAssessment(file("blocked-v2"));
    if (!v2.ok) throw new Error("blocked-v2.json does not parse");
    const saved = await saveAssessment(owner, project.id, 0, draftOf(v2.document));
    await submitForReview(owner, project.id, saved.revision);
    const archive = unpack((await exportOrganization(owner, "old.example")).bytes);

    const importer = await makeOwner("Importer");
    const result = await importOrganization(importer.user, pack(asVersionOne(archive)));
    const ctx = await resolveOrgAccess(importer.user, result.organization.slug, "organization:read");
    const imported = await testDb().project.findFirstOrThrow({ where: { organizationId: result.organization.id, name: "Refunds" } });
    const draft = await testDb().assessment.findUniqueOrThrow({ where: { projectId: imported.id } });
    expect(draft).toMatchObject({ plan: null, evaluatedWith: "2.0.0" });
    const row = await testDb().snapshot.findFirstOrThrow({ where: { projectId: imported.id }, select: { id: true } });
    const snapshot = await getSnapshot(ctx, imported.id, row.id);
    expect(snapshot.rulesetVersion).toBe("1.0.0");
    expect(snapshot.evaluation.format).toBe("preflight.evaluation/v1");
  });
});
