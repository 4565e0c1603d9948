"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { LIMITS, LIMITS_V2, VALUE_MAP_PAIR_FIELDS } from "@/lib/readiness/client";
import { isPlainObject } from "../draft";
import { useFieldErrors, useFieldValue, useWorkspaceForm } from "../form-context";
import { fieldIdFor } from "../paths";
import { SHEET_PATH } from "./grid-row";

function PairInput({ path, label }: { path: string; label: string }) {
  const form = useWorkspaceForm();
  const value = useFieldValue(path);
  const invalid = useFieldErrors(path).length > 0;
  return (
    <Input
      id={fieldIdFor(path)}
      aria-label={label}
      aria-invalid={invalid || undefined}
      autoComplete="off"
      maxLength={LIMITS.shortText}
      value={typeof value === "string" ? value : ""}
      onChange={(event) => form.set(path, event.target.value)}
    />
  );
}

interface ValueMapEditorProps {
  index: number;
  onClose: () => void;
}

/**
 * A status row's value map: each source state and the target state it becomes. Opened from
 * the row's Value map cell, below the grid (a row of the grid keeps one line's height).
 */
export function ValueMapEditor({ index, onClose }: ValueMapEditorProps) {
  const form = useWorkspaceForm();
  const row = `${SHEET_PATH}.${index}`;
  const path = `${row}.valueMap`;
  const value = useFieldValue(path);
  const pairs = Array.isArray(value) ? value : [];
  const source = useFieldValue(`${row}.sourceField`);
  const target = useFieldValue(`${row}.targetField`);
  const errors = useFieldErrors(path, { exact: true });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [index]);

  const about = [source, target].every((side) => typeof side === "string" && side !== "") ? ` (${String(source)} → ${String(target)})` : "";
  const add = () => {
    form.set(path, [...pairs.map((pair) => (isPlainObject(pair) ? pair : {})), {}]);
    form.focusLater(fieldIdFor(`${path}.${pairs.length}.from`));
  };
  const remove = (at: number) =>
    form.set(
      path,
      pairs.filter((_, i) => i !== at),
    );

  return (
    <section
      aria-labelledby="value-map-title"
      className="space-y-3 rounded-lg border border-border bg-surface p-4"
      data-testid="value-map-editor"
    >
      <h3 id="value-map-title" ref={heading} tabIndex={-1} className="font-semibold">
        Value map of row {index + 1}
        <span className="font-normal text-fg-muted">{about}</span>
      </h3>
      <p className="text-sm text-fg-muted">Each state as the source system names it, and the state it becomes in the target system.</p>
      {errors.length > 0 ? <p className="text-sm text-danger">{errors.join(" ")}</p> : null}
      {pairs.length === 0 ? <p className="text-sm">No pairs yet.</p> : null}
      <ol className="space-y-2">
        {pairs.map((_, at) => (
          <li key={at} className="grid grid-cols-[1fr_auto_1fr_auto] items-center gap-2">
            <PairInput path={`${path}.${at}.from`} label={`${VALUE_MAP_PAIR_FIELDS.from.label} ${at + 1}`} />
            <span aria-hidden="true">→</span>
            <PairInput path={`${path}.${at}.to`} label={`${VALUE_MAP_PAIR_FIELDS.to.label} ${at + 1}`} />
            <Button variant="ghost" size="sm" className="text-danger" onClick={() => remove(at)}>
              Remove<span className="sr-only"> pair {at + 1}</span>
            </Button>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={add} disabled={pairs.length >= LIMITS_V2.valueMapPairs}>
          + Add pair
        </Button>
        <Button variant="secondary" onClick={onClose}>
          Done
        </Button>
      </div>
    </section>
  );
}
