import type { Metadata } from "next";
import { Workspace } from "@/components/workspace/workspace";
import { orgPage } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/roles";
import { draftOf, toDocument } from "@/lib/assessments/document";
import { loadProjectOr404 } from "@/lib/projects/page-data";
import type { Answers } from "@/lib/readiness";

export const metadata: Metadata = { title: "Assessment workspace" };

export default async function WorkspacePage({ params }: { params: Promise<{ slug: string; projectId: string }> }) {
  const { slug, projectId } = await params;
  const ctx = await orgPage(slug, "projects:read");
  const project = await loadProjectOr404(ctx, projectId);
  const assessment = project.assessment ?? { answers: {}, scores: {}, revision: 0, updatedAt: project.createdAt };
  const { answers, scores, plan } = draftOf(toDocument(project, assessment));
  // The form edits the v1 fields and the integration plan; the other v2 additions (action
  // contracts, sync-audit log kinds) ride along untouched and are validated with the v2
  // schema (components/workspace/draft.ts). Every save sends the plan.
  return (
    <Workspace
      orgSlug={ctx.organization.slug}
      projectId={project.id}
      projectName={project.name}
      canEdit={can(ctx.role, "assessments:write") && project.archivedAt === null}
      initial={{ revision: assessment.revision, answers: answers as Answers, scores, plan, updatedAt: assessment.updatedAt.toISOString() }}
    />
  );
}
