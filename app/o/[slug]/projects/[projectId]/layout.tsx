import Link from "next/link";
import type { ReactNode } from "react";
import { ProjectTabs } from "@/components/projects/project-tabs";
import { Badge } from "@/components/ui/badge";
import { orgPage } from "@/lib/auth/page-guards";
import { loadProjectOr404 } from "@/lib/projects/page-data";

export default async function ProjectLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string; projectId: string }>;
}) {
  const { slug, projectId } = await params;
  const ctx = await orgPage(slug, "projects:read");
  const project = await loadProjectOr404(ctx, projectId);
  const base = `/o/${ctx.organization.slug}/projects/${project.id}`;
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/o/${ctx.organization.slug}/projects`} className="text-sm text-accent underline">
          ← All projects
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{project.name}</h1>
          {project.archivedAt ? <Badge>Archived</Badge> : null}
        </div>
        {project.description ? <p className="mt-1 max-w-3xl text-sm text-fg-muted">{project.description}</p> : null}
      </div>
      <ProjectTabs base={base} />
      {children}
    </div>
  );
}
