import type { Metadata } from "next";
import Link from "next/link";
import { VerdictBadge } from "@/components/readiness/verdict-badge";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { orgPage } from "@/lib/auth/page-guards";
import { firstValues, type RawSearchParams } from "@/lib/http/search-params";
import { listSnapshots } from "@/lib/assessments/snapshots";
import { loadProjectOr404 } from "@/lib/projects/page-data";
import { ENUM_LABELS, type Verdict } from "@/lib/readiness";
import { formatDateTime, snapshotLabel } from "@/lib/utils/format-date";

export const metadata: Metadata = { title: "Snapshots" };

export default async function SnapshotsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; projectId: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { slug, projectId } = await params;
  const { submitted } = firstValues(await searchParams);
  const ctx = await orgPage(slug, "projects:read");
  const project = await loadProjectOr404(ctx, projectId);
  const snapshots = await listSnapshots(ctx, project.id);
  const format = ctx.organization.dateFormat;
  const choices = [
    { value: "draft", label: "Current draft" },
    ...snapshots.map((s) => ({
      value: s.id,
      label: `${snapshotLabel(s, { format })} · ${ENUM_LABELS.verdict[s.verdict as Verdict] ?? s.verdict}`,
    })),
  ];
  // Set by "Submit for review" after it succeeds: say what was made (only if it is this project's).
  const made = submitted ? snapshots.find((s) => String(s.number) === submitted) : undefined;
  return (
    <div className="space-y-6">
      {made ? (
        <p
          role="status"
          className="rounded-lg border border-success bg-success-soft px-4 py-3 text-sm font-medium text-success"
          data-testid="submitted-status"
        >
          Submitted as revision {made.number} · {formatDateTime(made.createdAt, { format, seconds: true })}, verdict{" "}
          {ENUM_LABELS.verdict[made.verdict as Verdict] ?? made.verdict}.
        </p>
      ) : null}
      <p className="text-sm text-fg-muted">
        A snapshot freezes the assessment when it is submitted for review, with its evaluation and the ruleset version that judged it.
      </p>
      {snapshots.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-8 text-center text-fg-muted">
          No snapshots yet. Use “Submit for review” in the workspace.
        </p>
      ) : (
        <>
          <Table label="Snapshots">
            <caption className="sr-only">Snapshots of this assessment, newest first</caption>
            <thead>
              <tr>
                <Th>Revision</Th>
                <Th>Submitted</Th>
                <Th>By</Th>
                <Th>Verdict</Th>
                <Th>Readiness index</Th>
                <Th>Blockers</Th>
                <Th>Warnings</Th>
                <Th>Ruleset</Th>
              </tr>
            </thead>
            <tbody>
              {snapshots.map((s) => (
                <tr key={s.id}>
                  <Td className="font-medium whitespace-nowrap">
                    <Link className="text-accent underline" href={`/o/${ctx.organization.slug}/projects/${project.id}/snapshots/${s.id}`}>
                      Revision {s.number}
                    </Link>
                  </Td>
                  <Td className="whitespace-nowrap">{formatDateTime(s.createdAt, { format, seconds: true })}</Td>
                  <Td>{s.createdBy?.name ?? "Former member"}</Td>
                  <Td>
                    <VerdictBadge verdict={s.verdict} />
                  </Td>
                  <Td>{s.readinessIndex === null ? "—" : s.readinessIndex.toFixed(2)}</Td>
                  <Td>{s.blockerCount}</Td>
                  <Td>{s.warningCount}</Td>
                  <Td>{s.rulesetVersion}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <form
            action={`/o/${ctx.organization.slug}/projects/${project.id}/snapshots/compare`}
            method="get"
            className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-surface p-4"
          >
            {/* On a phone each select takes the row: an option ("Revision 2 · 20 Nov 2026, 20:07:46 UTC · Incomplete") is wider than the screen. */}
            <label className="w-full min-w-0 text-sm sm:w-auto">
              <span className="block font-medium">Compare</span>
              <select
                name="a"
                defaultValue={snapshots[0]?.id}
                className="mt-1 h-10 w-full max-w-full rounded-md border border-border bg-surface px-2 sm:w-auto"
              >
                {choices.slice(1).map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="w-full min-w-0 text-sm sm:w-auto">
              <span className="block font-medium">with</span>
              <select
                name="b"
                defaultValue="draft"
                className="mt-1 h-10 w-full max-w-full rounded-md border border-border bg-surface px-2 sm:w-auto"
              >
                {choices.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
            <Button type="submit" variant="secondary">
              Show what changed
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
