import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { orgPage } from "@/lib/auth/page-guards";
import { firstValues, type RawSearchParams } from "@/lib/http/search-params";
import { describeChangePath, describeChangeValue } from "@/lib/assessments/describe-change";
import { listProjectHistory } from "@/lib/assessments/history";
import type { HistoryEntry } from "@/lib/assessments/history-sessions";
import { loadProjectOr404 } from "@/lib/projects/page-data";
import { listPossibleOwners } from "@/lib/projects/queries";
import { QUESTIONS } from "@/lib/readiness";
import { formatDateTimeRange, type DateFormat } from "@/lib/utils/format-date";

export const metadata: Metadata = { title: "History" };

const ACTIONS: Record<string, string> = {
  "project.created": "Created the project",
  "project.updated": "Edited the project",
  "project.archived": "Archived the project",
  "project.restored": "Restored the project",
  "assessment.saved": "Edited the assessment",
  "assessment.imported": "Imported a JSON assessment",
  "snapshot.submitted": "Submitted for review",
  "remediation.plan_created": "Created the 90-day plan",
  "remediation.start_moved": "Moved the 90-day plan's day 1",
  "remediation.item_updated": "Updated a 90-day plan item",
  "remediation.item_added": "A save added a 90-day plan item",
  "remediation.item_resolved": "A save resolved a 90-day plan item",
  "remediation.item_reopened": "A save reopened a 90-day plan item",
};

const MAX_FIELDS = 12;
const clip = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

/** "5 Dec 2026, 12:27 UTC", or a sitting's span: "5 Dec 2026, 12:01–12:27 UTC". */
function when(entry: HistoryEntry, format: DateFormat): string {
  return formatDateTimeRange(entry.events === 1 ? entry.to : entry.from, entry.to, { format });
}

function what(entry: HistoryEntry): string {
  if (entry.action === "assessment.saved" && entry.events > 1) return `Edited the assessment (${entry.events} autosaves)`;
  if (entry.action === "snapshot.submitted") {
    const number = entry.changes.find(([path]) => path === "number")?.[1].after;
    return typeof number === "number" ? `Submitted revision ${number} for review` : ACTIONS[entry.action]!;
  }
  return ACTIONS[entry.action] ?? entry.action;
}
const day = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined);

export default async function HistoryPage({
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
  const page = Math.max(1, Math.min(10_000, Number.parseInt(query.page ?? "1", 10) || 1));
  const to = day(query.to);
  const filters = {
    actorId: query.person || undefined,
    section:
      query.section && (query.section === "scores" || query.section === "plan" || QUESTIONS.some((q) => q.key === query.section))
        ? query.section
        : undefined,
    from: day(query.from),
    to: to ? new Date(to.getTime() + 24 * 3600 * 1000) : undefined,
    page,
  };
  const [history, members] = await Promise.all([listProjectHistory(ctx, project.id, filters), listPossibleOwners(ctx)]);
  const pageHref = (n: number) =>
    `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => !!e[1])), page: String(n) })}`;
  const select = "mt-1 h-10 max-w-full rounded-md border border-border bg-surface px-2 text-sm";
  return (
    <div className="space-y-6">
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-surface p-4">
        <label className="text-sm">
          <span className="block font-medium">Person</span>
          <select name="person" defaultValue={query.person ?? ""} className={select}>
            <option value="">Everyone</option>
            {members.map((m) => (
              <option key={m.user.id} value={m.user.id}>
                {m.user.name}
              </option>
            ))}
          </select>
        </label>
        <label className="max-w-full min-w-0 text-sm">
          <span className="block font-medium">Question</span>
          <select name="section" defaultValue={filters.section ?? ""} className={select}>
            <option value="">All</option>
            {QUESTIONS.map((q) => (
              <option key={q.key} value={q.key}>
                {q.number} · {q.title}
              </option>
            ))}
            <option value="scores">Scores</option>
            <option value="plan">Integration plan</option>
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">From</span>
          <input type="date" name="from" defaultValue={query.from} className={select} />
        </label>
        <label className="text-sm">
          <span className="block font-medium">To</span>
          <input type="date" name="to" defaultValue={query.to} className={select} />
        </label>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </form>
      <p className="text-sm text-fg-muted" aria-live="polite">
        {history.total} entr{history.total === 1 ? "y" : "ies"} ({history.events} event{history.events === 1 ? "" : "s"}; autosaves by one
        person less than 10 minutes apart are one entry) · page {page} of {history.pages}
        {history.truncated ? " · older events are left out: narrow the dates to see them" : ""}
      </p>
      <Table label="Changes to this project">
        <caption className="sr-only">Changes to this project, newest first</caption>
        <thead>
          <tr>
            <Th>When</Th>
            <Th>Who</Th>
            <Th>What</Th>
            <Th>Fields (before → after)</Th>
          </tr>
        </thead>
        <tbody>
          {history.entries.map((entry) => {
            const changes = entry.changes.filter(([path]) => entry.action !== "snapshot.submitted" || path === "verdict");
            return (
              <tr key={entry.id}>
                <Td className="whitespace-nowrap">{when(entry, ctx.organization.dateFormat)}</Td>
                <Td>{entry.actor?.name ?? "Former member"}</Td>
                <Td>{what(entry)}</Td>
                <Td>
                  <ul className="space-y-1">
                    {changes.slice(0, MAX_FIELDS).map(([path, change]) => (
                      <li key={path} className="break-words text-xs">
                        <span className="font-medium">{describeChangePath(path)}</span>:{" "}
                        {/* A value set when something was created has no "before" worth showing. */}
                        {entry.action !== "assessment.saved" && (change.before ?? null) === null
                          ? clip(describeChangeValue(path, change.after))
                          : `${clip(describeChangeValue(path, change.before))} → ${clip(describeChangeValue(path, change.after))}`}
                      </li>
                    ))}
                    {changes.length > MAX_FIELDS ? (
                      <li className="text-xs text-fg-muted">…and {changes.length - MAX_FIELDS} more</li>
                    ) : null}
                    {changes.length === 0 && entry.events > 1 ? (
                      <li className="text-xs text-fg-muted">Every change was undone within the sitting.</li>
                    ) : null}
                  </ul>
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <nav aria-label="History pages" className="flex gap-3 text-sm">
        {page > 1 ? (
          <Link href={pageHref(page - 1)} className="text-accent underline">
            Newer
          </Link>
        ) : null}
        {page < history.pages ? (
          <Link href={pageHref(page + 1)} className="text-accent underline">
            Older
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
