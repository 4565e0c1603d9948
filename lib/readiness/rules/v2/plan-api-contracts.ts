/**
 * API contracts (plan.apiContracts): one contract per connected system's API, kept under
 * change control so a renamed enum or a new required field is caught before production
 * (seed 004 "Put API contracts under change control").
 */
import { hasText, inlineLabel, isBlank, joinList, plural, quote } from "../../engine/text";
import { API_CONTRACT_FIELDS } from "../../framework/plan-text/api-contracts";
import type { ApiContractRow } from "../../schema/assessment-v2";
import { isWriteAction, systemLabel } from "../describe";
import { fieldTarget, planRowHits } from "../rows";
import type { RuleDefinition } from "../types";
import { someNames } from "./some-names";

const SOURCE = "004 §Put API contracts under change control";
const SECTION = "apiContracts";
/** How many write actions the NO_API_CONTRACTS message names before "and N more". */
const NAMED = 3;

/** `API contract "Billing 2026-09"`, by its system and version, or a phrase when neither is given. */
export function describeApiContract(row: ApiContractRow): string {
  const parts: string[] = [];
  if (row.system !== undefined) parts.push(systemLabel(row.system));
  if (hasText(row.apiVersion)) parts.push(row.apiVersion.trim());
  return parts.length === 0 ? "An API contract with no system or version" : `API contract ${quote(parts.join(" "))}`;
}

/** The parts a contract must state, in the order of the row's fields. */
const REQUIRED_PARTS = ["system", "rateLimit", "retryPolicy", "versioningRule", "authLifecycle"] as const;

function isGap(row: ApiContractRow, part: (typeof REQUIRED_PARTS)[number]): boolean {
  return part === "system" ? row.system === undefined : isBlank(row[part]);
}

/** Whether a required part is missing; cheaper than listing them, which only a hit needs. */
function hasGap(row: ApiContractRow): boolean {
  return REQUIRED_PARTS.some((part) => isGap(row, part));
}

function gaps(row: ApiContractRow): string[] {
  return REQUIRED_PARTS.filter((part) => isGap(row, part)).map((part) => inlineLabel(API_CONTRACT_FIELDS[part].label));
}

export const API_CONTRACT_RULES: readonly RuleDefinition[] = [
  {
    id: "NO_API_CONTRACTS",
    severity: "warning",
    planSection: SECTION,
    requires: ["actions"],
    track: "semantics",
    stage: 1,
    title: "Writes without API contracts",
    source: SOURCE,
    remediation:
      "Record a contract for each API the integration writes to: version, rate limits, retry behaviour, versioning rule, how credentials are issued and renewed, and who watches for vendor changes.",
    check: (document, context) => {
      if (context.planAnswered.apiContracts) return [];
      const writes = (document.answers?.actions ?? []).filter(isWriteAction);
      if (writes.length === 0) return [];
      // Named in code-point order, never row order, so reordering rows cannot change the message.
      const names: string[] = [];
      for (const row of writes) if (hasText(row.name)) names.push(row.name.trim());
      const some = someNames(names, NAMED, quote);
      const named = some === "" ? "" : ` (${some})`;
      return [
        {
          target: fieldTarget("plan", SECTION),
          message: `${plural(writes.length, "action writes", "actions write")} to other systems${named}, but no API contract records their rate limits, retries, versions or credentials, so a vendor change surfaces as a production failure.`,
        },
      ];
    },
  },
  {
    id: "API_CONTRACT_GAPS",
    severity: "warning",
    planSection: SECTION,
    requires: [],
    requiresPlan: [SECTION],
    track: "semantics",
    stage: 1,
    title: "API contract incomplete",
    source: SOURCE,
    remediation:
      "Complete the contract: the system, its rate limits, how calls are retried, how versions are pinned and upgraded, and how credentials are issued, rotated and revoked.",
    check: (document) =>
      planRowHits(
        document.plan?.apiContracts,
        SECTION,
        (row) => hasGap(row),
        (row) =>
          `${describeApiContract(row)} does not state its ${joinList(gaps(row))}, so a change on either side can break the integration unnoticed.`,
      ),
  },
];
