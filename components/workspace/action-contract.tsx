"use client";

/**
 * The contract of one Q5 action (format v2): risk tier, inputs, validations, output, failure
 * modes, rollback, credentials, trigger, marking of AI values. Behind a disclosure per row, so
 * a list of actions stays a list and not a wall of inputs; closed, it says how much is filled,
 * and a finding on one of its fields opens it.
 */
import { useId, useLayoutEffect, useState } from "react";
import { flushSync } from "react-dom";
import {
  ACTION_CONTRACT_FIELDS,
  CREDENTIAL_SCOPES,
  CREDENTIAL_SCOPE_LABELS,
  RISK_TIERS,
  RISK_TIER_LABELS,
  ROLLBACK_KINDS,
  ROLLBACK_KIND_LABELS,
  hasContent,
} from "@/lib/readiness/client";
import { EnumField, TriStateField, optionsFor } from "./choice-fields";
import { isPlainObject } from "./draft";
import { useFieldValue } from "./form-context";
import { registerDisclosure } from "./focus";
import { fieldIdFor } from "./paths";
import { TextField } from "./text-fields";

const f = ACTION_CONTRACT_FIELDS;
const CONTRACT_KEYS = Object.keys(f);
const LONG_TEXTS = ["requiredInputs", "validations", "expectedOutput", "failureModes", "rollbackPlan", "trigger"] as const;
const wide = "@xl:col-span-2";

function filledCount(row: unknown): number {
  return isPlainObject(row) ? CONTRACT_KEYS.filter((key) => hasContent(row[key])).length : 0;
}

export function ActionContract({ path: p }: { path: string }) {
  const row = useFieldValue(p);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const filled = filledCount(row);
  // A finding or an issue on a contract field opens the contract to reach it (focus.ts).
  useLayoutEffect(
    () =>
      registerDisclosure(
        CONTRACT_KEYS.map((key) => fieldIdFor(`${p}.${key}`)),
        () => flushSync(() => setOpen(true)),
      ),
    [p],
  );
  return (
    <div className="rounded-lg border border-border">
      <button
        type="button"
        id={`${fieldIdFor(p)}-contract`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="flex w-full items-center justify-between gap-2 rounded-lg px-3 py-2 text-left text-sm font-medium hover:bg-surface-muted"
      >
        <span>
          <span aria-hidden>{open ? "▾ " : "▸ "}</span>
          Contract
          <span className="font-normal text-fg-muted">
            {" "}
            — {filled} of {CONTRACT_KEYS.length} set
          </span>
        </span>
      </button>
      {open ? (
        <div id={panelId} className="grid gap-4 border-t border-border p-3 @xl:grid-cols-2">
          <EnumField path={`${p}.riskTier`} text={f.riskTier} options={optionsFor(RISK_TIERS, RISK_TIER_LABELS)} />
          <EnumField
            path={`${p}.credentialScope`}
            text={f.credentialScope}
            options={optionsFor(CREDENTIAL_SCOPES, CREDENTIAL_SCOPE_LABELS)}
          />
          <EnumField path={`${p}.rollback`} text={f.rollback} options={optionsFor(ROLLBACK_KINDS, ROLLBACK_KIND_LABELS)} />
          <TriStateField path={`${p}.marksAiValues`} text={f.marksAiValues} />
          {LONG_TEXTS.map((key) => (
            <div key={key} className={wide}>
              <TextField path={`${p}.${key}`} text={f[key]} long />
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
