"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { useDateFormat } from "@/components/layout/date-format";
import type { FormAction } from "@/lib/forms/form-state";
import { ITEM_STATUSES, STATUS_LABELS, type ItemStatus } from "@/lib/remediation/types";
import { formatDate } from "@/lib/utils/format-date";

const control = "block w-full rounded-md border border-border bg-surface px-3 py-2 text-sm text-fg aria-[invalid=true]:border-danger";

export interface EditableItem {
  id: string;
  title: string;
  revision: number;
  status: ItemStatus;
  assigneeId: string | null;
  dueDate: string;
  notes: string;
}

interface CurrentVersion {
  revision: number;
  status: string;
  assigneeId: string | null;
  dueDate: string;
  notes: string;
}

const currentOf = (details: unknown): CurrentVersion | null => {
  const current = (details as { current?: CurrentVersion } | undefined)?.current;
  return current && typeof current.revision === "number" ? current : null;
};

/**
 * Status, assignee, due date and notes of one item. A refused save keeps what was typed; a
 * conflict shows what the other person saved and lets this one apply theirs on top of it.
 */
export function ItemEditor({
  orgSlug,
  projectId,
  item,
  members,
  unassignedValue,
  action,
}: {
  orgSlug: string;
  projectId: string;
  item: EditableItem;
  members: { id: string; name: string; email: string }[];
  unassignedValue: string;
  action: FormAction;
}) {
  const { state, submit, pending, errorsFor } = useFormAction(action);
  const dateFormat = useDateFormat();
  const conflict = state.ok ? null : currentOf(state.details);
  // After a conflict the form stands on what won; otherwise on the item as the page last rendered it.
  const revision = conflict ? conflict.revision : item.revision;
  const id = (field: string) => `item-${item.id}-${field}`;
  const nameOf = (memberId: string | null) => members.find((m) => m.id === memberId)?.name ?? "nobody";
  return (
    <form onSubmit={submit} className="mt-3 grid gap-3 sm:grid-cols-3" noValidate aria-label={`Edit “${item.title}”`}>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="itemId" value={item.id} />
      <input type="hidden" name="baseRevision" value={revision} />
      <Field id={id("status")} label="Status" errors={errorsFor("status")}>
        <select name="status" defaultValue={item.status} className={control}>
          {ITEM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id("assignee")} label="Assignee" errors={errorsFor("assigneeId")}>
        <select name="assigneeId" defaultValue={item.assigneeId ?? unassignedValue} className={control}>
          <option value={unassignedValue}>Nobody yet</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name} ({member.email})
            </option>
          ))}
        </select>
      </Field>
      <Field id={id("due")} label="Due" errors={errorsFor("dueDate")}>
        <input type="date" name="dueDate" defaultValue={item.dueDate} className={control} />
      </Field>
      <div className="sm:col-span-3">
        <Field id={id("notes")} label="Notes" errors={errorsFor("notes")}>
          <Textarea name="notes" defaultValue={item.notes} rows={2} />
        </Field>
      </div>
      {conflict ? (
        <p className="rounded-md border border-warning bg-warning-soft p-2 text-sm sm:col-span-3" role="alert">
          Saved meanwhile by someone else: {STATUS_LABELS[conflict.status as ItemStatus] ?? conflict.status}, assigned to{" "}
          {nameOf(conflict.assigneeId)}, due {formatDate(conflict.dueDate, { format: dateFormat })}
          {conflict.notes ? `, notes “${conflict.notes}”` : ""}. Your values are still in the form: save again to replace theirs.
        </p>
      ) : null}
      <div className="flex items-center gap-3 sm:col-span-3">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Saving…" : "Save item"}
        </Button>
        <FormMessage state={state} success={state.message} />
      </div>
    </form>
  );
}
