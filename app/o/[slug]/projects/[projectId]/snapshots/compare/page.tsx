import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComparisonView } from "@/components/projects/comparison-view";
import { orgPage } from "@/lib/auth/page-guards";
import { firstValues, type RawSearchParams } from "@/lib/http/search-params";
import { compareDocuments } from "@/lib/assessments/compare";
import { toDocument } from "@/lib/assessments/document";
import { getSnapshot } from "@/lib/assessments/snapshots";
import { AppError } from "@/lib/errors";
import type { OrgContext } from "@/lib/organizations/access";
import { loadProjectOr404 } from "@/lib/projects/page-data";
import { evaluate, RULESET_VERSION } from "@/lib/readiness";
import { snapshotLabel } from "@/lib/utils/format-date";

export const metadata: Metadata = { title: "What changed" };

type Project = Awaited<ReturnType<typeof loadProjectOr404>>;

/** A side of the comparison: the live draft, or a snapshot with the evaluation it was stored with. */
async function side(ctx: OrgContext, project: Project, id: string) {
  if (id === "draft") {
    const document = toDocument(project, project.assessment ?? { answers: {}, scores: {} });
    return { label: "the current draft", document, evaluation: evaluate(document, { ruleset: RULESET_VERSION }) };
  }
  try {
    const snapshot = await getSnapshot(ctx, project.id, id);
    return {
      label: snapshotLabel(snapshot, { format: ctx.organization.dateFormat }),
      document: snapshot.document,
      evaluation: snapshot.evaluation,
    };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; projectId: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { slug, projectId } = await params;
  const query = firstValues(await searchParams);
  const ctx = await orgPage(slug, "projects:read");
  const project = await loadProjectOr404(ctx, projectId);
  const [a, b] = await Promise.all([side(ctx, project, query.a ?? "draft"), side(ctx, project, query.b ?? "draft")]);
  const comparison = compareDocuments(a.document, b.document, { before: a.evaluation, after: b.evaluation });
  return <ComparisonView before={a.label} after={b.label} comparison={comparison} />;
}
