import Link from "next/link";
import { FrameworkOverview } from "@/components/readiness/framework-overview";
import { Card } from "@/components/ui/card";

/** An organization with no projects yet: what Preflight does and the first step to take. */
export function FirstRun({ base, canCreate }: { base: string; canCreate: boolean }) {
  return (
    <div className="space-y-6">
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">Start with one integration</h2>
        <p className="max-w-3xl text-sm text-fg-muted">
          Create a project for each AI integration you plan to connect to your CRM, ERP, support desk or billing system. Answer the nine
          questions and score the seven areas: Preflight shows what blocks launch and who must fix it, and this page fills with the
          portfolio view.
        </p>
        {canCreate ? (
          <Link href={`${base}/projects/new`} className="inline-block rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-fg">
            Create the first project
          </Link>
        ) : (
          <p className="text-sm">Ask an editor or owner of this organization to create the first project.</p>
        )}
      </Card>
      <FrameworkOverview />
    </div>
  );
}
