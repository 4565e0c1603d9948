import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { FormAction } from "@/lib/forms/form-state";
import { describePath } from "@/lib/readiness/describe-path";
import { ENUM_LABELS, TRACK_LABELS } from "@/lib/readiness/client";
import { STATUS_LABELS } from "@/lib/remediation/types";
import type { PlanItemView } from "@/lib/remediation-plan/queries";
import { formatDate, type DateFormat } from "@/lib/utils/format-date";
import { ItemEditor } from "./item-editor";

const SEVERITY_TONE = { blocker: "danger", warning: "warning", info: "neutral" } as const;

function StateBadge({ item }: { item: PlanItemView }) {
  if (item.state === "resolved") return <Badge tone="success">Resolved by a save</Badge>;
  if (item.state === "still_firing") return <Badge tone="warning">Done, but still firing</Badge>;
  return <Badge tone={item.state === "done" ? "success" : "neutral"}>{STATUS_LABELS[item.state]}</Badge>;
}

export interface ItemEditing {
  orgSlug: string;
  projectId: string;
  members: { id: string; name: string; email: string }[];
  unassignedValue: string;
  action: FormAction;
}

/** One item: what fires, how to fix it, where, who and by when; writers can change status, owner, date and notes. */
export function PlanItemCard({
  item,
  today,
  dateFormat: format,
  workspaceHref,
  editing,
}: {
  item: PlanItemView;
  today: string;
  dateFormat: DateFormat;
  workspaceHref: string;
  editing: ItemEditing | null;
}) {
  const late = item.state !== "resolved" && item.state !== "done" && item.dueDate < today;
  return (
    <li className="py-4 text-sm" data-item-key={item.key} data-state={item.state}>
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={SEVERITY_TONE[item.severity]}>{ENUM_LABELS.severity[item.severity]}</Badge>
        <StateBadge item={item} />
        <span className="text-xs text-fg-muted">{TRACK_LABELS[item.track]}</span>
      </div>
      <h3 className="mt-2 font-semibold break-words">
        <abbr title={`Rule ${item.ruleId}`} className="no-underline">
          {item.title}
        </abbr>
      </h3>
      <p className="mt-1 break-words">{item.message}</p>
      <p className="mt-1 text-fg-muted">{item.remediation}</p>
      <p className="mt-2 text-xs text-fg-muted">
        <span className={late ? "font-semibold text-danger" : undefined}>
          Due {formatDate(item.dueDate, { format })}
          {late ? " (overdue)" : ""}
        </span>{" "}
        · {item.assignee ? `Assigned to ${item.assignee.name}` : "Nobody assigned"}
        {item.suggestedOwner ? ` · the answers name ${item.suggestedOwner} (${item.suggestedFrom})` : ""} · {describePath(item.target)} ·{" "}
        <Link href={`${workspaceHref}#${item.target}`} className="text-accent underline">
          Open in the workspace
        </Link>
      </p>
      {item.state === "resolved" && item.resolvedAt ? (
        <p className="mt-1 text-xs text-success">
          Finding gone since {formatDate(item.resolvedAt, { format })}
          {item.resolvedBy ? `, saved by ${item.resolvedBy}` : ""}
          {item.resolvedRevision !== null ? ` (draft revision ${item.resolvedRevision})` : ""}.
        </p>
      ) : null}
      {item.notes && !editing ? <p className="mt-2 whitespace-pre-wrap break-words">Notes: {item.notes}</p> : null}
      {editing ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium text-accent">Update status, owner, date or notes</summary>
          <ItemEditor
            orgSlug={editing.orgSlug}
            projectId={editing.projectId}
            members={editing.members}
            unassignedValue={editing.unassignedValue}
            action={editing.action}
            item={{
              id: item.id,
              title: item.title,
              revision: item.revision,
              status: item.status,
              assigneeId: item.assignee?.id ?? null,
              dueDate: item.dueDate,
              notes: item.notes,
            }}
          />
        </details>
      ) : null}
    </li>
  );
}
