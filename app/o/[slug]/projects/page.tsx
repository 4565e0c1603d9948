import type { Metadata } from "next";
import Link from "next/link";
import { VerdictBadge } from "@/components/readiness/verdict-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { orgPage } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/roles";
import { buildRow } from "@/lib/dashboard/portfolio";
import { listProjects } from "@/lib/projects/queries";
import { ENUM_LABELS, readinessPercent, type SystemKey } from "@/lib/readiness";
import { formatDate } from "@/lib/utils/format-date";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ archived?: string }>;
}) {
  const { slug } = await params;
  const archived = (await searchParams).archived === "1";
  const ctx = await orgPage(slug, "projects:read");
  const projects = await listProjects(ctx, { archived });
  const base = `/o/${ctx.organization.slug}/projects`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{archived ? "Archived projects" : "Integration projects"}</h1>
          <Link href={archived ? base : `${base}?archived=1`} className="text-sm text-accent underline">
            {archived ? "Show active projects" : "Show archived projects"}
          </Link>
        </div>
        {can(ctx.role, "projects:write") && !archived ? (
          <Link href={`${base}/new`} className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-fg">
            New project
          </Link>
        ) : null}
      </div>
      {projects.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-8 text-center text-fg-muted">
          {archived ? "No archived projects." : "No projects yet. Create one for each AI integration you plan to launch."}
        </p>
      ) : (
        <Table label="Projects">
          <caption className="sr-only">Projects with their readiness verdict</caption>
          <thead>
            <tr>
              <Th>Project</Th>
              <Th>Verdict</Th>
              <Th>Readiness</Th>
              <Th>Systems</Th>
              <Th>Owner</Th>
              <Th>Last change</Th>
            </tr>
          </thead>
          <tbody>
            {projects.map((project) => {
              const row = buildRow(project);
              const percent = readinessPercent(row.index);
              return (
                <tr key={project.id}>
                  <Td>
                    <Link href={`${base}/${project.id}/dashboard`} className="font-medium text-accent underline">
                      {project.name}
                    </Link>
                  </Td>
                  <Td>
                    <VerdictBadge verdict={row.verdict} />
                  </Td>
                  <Td>{row.index === null ? "—" : `${row.index.toFixed(2)} (${percent}%)`}</Td>
                  <Td>{project.systems.map((s) => ENUM_LABELS.systems[s as SystemKey] ?? s).join(", ") || "—"}</Td>
                  <Td>{project.owner?.name ?? "—"}</Td>
                  <Td>
                    <time dateTime={row.lastChange}>{formatDate(row.lastChange, { format: ctx.organization.dateFormat })}</time>
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </div>
  );
}
