"use client";

import { useRef, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import type { FilterChoices, MappingFilter } from "@/lib/integration-plan/filter-rows";
import { objectText } from "@/lib/integration-plan/object-cell";
import { ENUM_LABELS } from "@/lib/readiness/client";

interface SheetToolbarProps {
  filter: MappingFilter;
  choices: FilterChoices;
  shown: number;
  total: number;
  readOnly: boolean;
  onFilter: (filter: MappingFilter) => void;
  onImport: (file: File) => void;
  onExport: () => void;
}

const SYSTEM_LABELS: Readonly<Record<string, string>> = ENUM_LABELS.systems;
const rowCount = (n: number) => `${n.toLocaleString("en-US")} ${n === 1 ? "row" : "rows"}`;
const selectClass = "h-9 rounded-md border border-border bg-surface px-2 text-sm";

interface FilterSelectProps {
  by: keyof MappingFilter;
  label: string;
  /** The choice that filters nothing: "All objects". */
  every: string;
  value: string | undefined;
  options: readonly string[];
  labelOf: (value: string) => string;
  onChange: (value: string | undefined) => void;
}

function FilterSelect({ by, label, every, value, options, labelOf, onChange }: FilterSelectProps) {
  const id = `mapping-filter-${by}`;
  return (
    <div className="grid gap-1 text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select id={id} className={selectClass} value={value ?? ""} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{every}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {labelOf(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Filters by object and by system, the row count, CSV import and export. */
export function SheetToolbar({ filter, choices, shown, total, readOnly, onFilter, onImport, onExport }: SheetToolbarProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared at once, so choosing the same file again (after fixing it) is a new choice.
    event.target.value = "";
    if (file !== undefined) onImport(file);
  };
  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
      <FilterSelect
        by="object"
        label="Object"
        every="All objects"
        value={filter.object}
        options={choices.objects}
        labelOf={objectText}
        onChange={(object) => onFilter({ ...filter, object })}
      />
      <FilterSelect
        by="system"
        label="System"
        every="All systems"
        value={filter.system}
        options={choices.systems}
        labelOf={(system) => SYSTEM_LABELS[system] ?? system}
        onChange={(system) => onFilter({ ...filter, system })}
      />
      <p className="pb-2 text-sm text-fg-muted" aria-live="polite" data-testid="sheet-count">
        {shown === total ? rowCount(total) : `${shown.toLocaleString("en-US")} of ${rowCount(total)}`}
      </p>
      <div className="ml-auto flex flex-wrap gap-2">
        {readOnly ? null : (
          <>
            <input
              ref={fileInput}
              id="mapping-sheet-file"
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/plain"
              className="sr-only"
              tabIndex={-1}
              aria-label="CSV file to import"
              onChange={chooseFile}
            />
            <Button variant="secondary" size="sm" onClick={() => fileInput.current?.click()}>
              Import CSV…
            </Button>
          </>
        )}
        <Button variant="secondary" size="sm" onClick={onExport} disabled={total === 0}>
          Export CSV
        </Button>
      </div>
    </div>
  );
}
