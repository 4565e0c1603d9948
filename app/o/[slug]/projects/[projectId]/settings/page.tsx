import type { Metadata } from "next";
import { ArchiveToggle } from "@/components/projects/archive-toggle";
import { ImportAssessment } from "@/components/projects/import-assessment";
import { ProjectForm } from "@/components/projects/project-form";
import { Card } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/roles";
import { loadProjectOr404 } from "@/lib/projects/page-data";
import { listPossibleOwners } from "@/lib/projects/queries";
import { archiveProjectAction, restoreProjectAction, updateProjectAction } from "../../actions";

export const metadata: Metadata = { title: "Project settings" };

export default async function ProjectSettingsPage({ params }: { params: Promise<{ slug: string; projectId: string }> }) {
  const { slug, projectId } = await params;
  const ctx = await orgPage(slug, "projects:read");
  const project = await loadProjectOr404(ctx, projectId);
  const owners = (await listPossibleOwners(ctx)).map((m) => m.user);
  const canWrite = can(ctx.role, "projects:write");
  const api = `/api/o/${ctx.organization.slug}/projects/${project.id}/assessment`;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card>
        <h2 className="text-lg font-semibold">Project details</h2>
        <div className="mt-4">
          <ProjectForm
            orgSlug={ctx.organization.slug}
            action={updateProjectAction}
            owners={owners}
            initial={{
              projectId: project.id,
              name: project.name,
              description: project.description,
              systems: project.systems,
              ownerId: project.owner?.id ?? null,
            }}
            submitLabel="Save details"
            disabled={!canWrite}
          />
        </div>
      </Card>
      <div className="space-y-6">
        <Card>
          <h2 className="text-lg font-semibold">JSON export and import</h2>
          <p className="mt-1 text-sm text-fg-muted">
            The assessment in the <code>preflight.assessment/v1</code> format, the same file the <code>npm run evaluate</code> command
            reads.
          </p>
          <a href={`${api}/export`} className="mt-4 inline-block rounded-md border border-border px-4 py-2 text-sm font-medium" download>
            Download JSON
          </a>
          {can(ctx.role, "assessments:write") ? <ImportAssessment importUrl={`${api}/import`} /> : null}
        </Card>
        {canWrite ? (
          <Card>
            <h2 className="text-lg font-semibold">{project.archivedAt ? "Restore" : "Archive"}</h2>
            <p className="mt-1 text-sm text-fg-muted">Archived projects leave the dashboards but keep their history and snapshots.</p>
            <ArchiveToggle
              orgSlug={ctx.organization.slug}
              projectId={project.id}
              archived={project.archivedAt !== null}
              archiveAction={archiveProjectAction}
              restoreAction={restoreProjectAction}
            />
          </Card>
        ) : null}
      </div>
    </div>
  );
}
