import type { Metadata } from "next";
import { ProjectForm } from "@/components/projects/project-form";
import { Card } from "@/components/ui/card";
import { orgPage } from "@/lib/auth/page-guards";
import { listPossibleOwners } from "@/lib/projects/queries";
import { createProjectAction } from "../actions";

export const metadata: Metadata = { title: "New project" };

export default async function NewProjectPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await orgPage(slug, "projects:write");
  const owners = (await listPossibleOwners(ctx)).map((m) => m.user);
  return (
    <Card className="mx-auto max-w-2xl">
      <h1 className="text-xl font-semibold">New integration project</h1>
      <p className="mt-1 text-sm text-fg-muted">
        One project per AI integration you want to launch. Its readiness assessment starts empty.
      </p>
      <div className="mt-6">
        <ProjectForm orgSlug={ctx.organization.slug} action={createProjectAction} owners={owners} submitLabel="Create project" />
      </div>
    </Card>
  );
}
