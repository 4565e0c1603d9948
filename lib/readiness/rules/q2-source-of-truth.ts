/**
 * Q2 — one owning system per business object, and a conflict rule wherever two writers
 * can collide (seed 000 §2, seed 001 §3, seed 004 "Start with system ownership").
 */
import { CUSTOM_OBJECT_PREFIX, SYSTEMS, type SystemKey } from "../enums";
import { ENUM_LABELS } from "../framework/enum-labels";
import { inlineLabel, isBlank, joinList } from "../engine/text";
import type { SourceOfTruthRow } from "../schema/assessment";
import { describeObject, systemLabel } from "./describe";
import { rowHits, rowTarget } from "./rows";
import type { RuleId } from "./ids";
import type { RuleDefinition, RuleHit } from "./types";

const SOURCE = "000 §2 Which system is the source of truth?";
const SECTION = "sourceOfTruth";
/** White space that normalisation would change: at either end, doubled, or not a plain space. */
const UNTIDY_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/**
 * Identity of an object for ownership comparison. Custom names compare without regard
 * to case or surrounding/repeated white space: "custom:Renewal quote" and
 * "custom: renewal  quote" are one object. Tidy names skip the regular-expression work.
 */
export function objectIdentity(object: string): string {
  if (!object.startsWith(CUSTOM_OBJECT_PREFIX)) return object;
  const name = object.slice(CUSTOM_OBJECT_PREFIX.length);
  const tidy = UNTIDY_SPACE.test(name) ? name.trim().replace(/\s+/g, " ") : name;
  const lower = tidy.toLowerCase();
  return lower === name ? object : `${CUSTOM_OBJECT_PREFIX}${lower}`;
}

/**
 * For each row that names both an object and an owning system, the set of owning systems
 * all such rows give that object. One pass; each identity is computed once.
 */
function ownersPerRow(rows: readonly SourceOfTruthRow[]): (ReadonlySet<SystemKey> | undefined)[] {
  const identities = rows.map((row) =>
    row.object === undefined || row.owningSystem === undefined ? undefined : objectIdentity(row.object),
  );
  const owners = new Map<string, Set<SystemKey>>();
  rows.forEach((row, index) => {
    const identity = identities[index];
    if (identity === undefined || row.owningSystem === undefined) return;
    const set = owners.get(identity);
    if (set === undefined) owners.set(identity, new Set([row.owningSystem]));
    else set.add(row.owningSystem);
  });
  return identities.map((identity) => (identity === undefined ? undefined : owners.get(identity)));
}

export const SOURCE_OF_TRUTH_RULES: readonly RuleDefinition<RuleId>[] = [
  {
    id: "OBJECT_UNOWNED",
    severity: "blocker",
    question: "sourceOfTruth",
    requires: ["sourceOfTruth"],
    stage: 1,
    title: "Object has no owning system",
    source: SOURCE,
    remediation: "Pick the one system of record for this object and set it as the owning system.",
    check: (document) =>
      rowHits(
        document.answers?.sourceOfTruth,
        SECTION,
        (row) => row.owningSystem === undefined,
        (row) => `${describeObject(row)} has no owning system, so nothing decides which value is authoritative.`,
      ),
  },
  {
    id: "OBJECT_TWO_OWNERS",
    severity: "blocker",
    question: "sourceOfTruth",
    requires: ["sourceOfTruth"],
    stage: 1,
    title: "Object has two owning systems",
    source: "004 §Start with system ownership",
    remediation: "Keep a single owning system for the object: correct or merge the rows, and treat the other systems as sync targets.",
    check: (document) => {
      const rows = document.answers?.sourceOfTruth ?? [];
      const owners = ownersPerRow(rows);
      const hits: RuleHit[] = [];
      rows.forEach((row, index) => {
        const all = owners[index];
        if (all === undefined || all.size < 2 || row.owningSystem === undefined) return;
        const own = row.owningSystem;
        const others = SYSTEMS.filter((system) => system !== own && all.has(system)).map(systemLabel);
        hits.push({
          target: rowTarget("answers", SECTION, index),
          message: `${describeObject(row)} is owned by ${systemLabel(own)} here, but other rows name ${joinList(others)} as its owner.`,
        });
      });
      return hits;
    },
  },
  {
    id: "BIDIRECTIONAL_NO_CONFLICT_RULE",
    severity: "blocker",
    question: "sourceOfTruth",
    requires: ["sourceOfTruth"],
    stage: 1,
    title: "Two-way sync without a conflict rule",
    source: "001 §3 Assign Data Ownership Explicitly",
    remediation:
      "Write the conflict rule (which system wins when both change the same field, and what happens to the losing value), or make the sync one-way.",
    check: (document) =>
      rowHits(
        document.answers?.sourceOfTruth,
        SECTION,
        (row) => row.syncDirection === "bidirectional" && isBlank(row.conflictRule),
        (row) => `${describeObject(row)} syncs in both directions without a conflict rule, so two systems can overwrite each other.`,
      ),
  },
  {
    id: "AI_WRITE_NO_CONFLICT_RULE",
    severity: "warning",
    question: "sourceOfTruth",
    requires: ["sourceOfTruth"],
    stage: 1,
    title: "AI writes without a conflict rule",
    source: SOURCE,
    remediation: "Add a conflict rule saying what wins when the AI's write meets a person's change, or lower the AI's access to Suggest.",
    check: (document) =>
      rowHits(
        document.answers?.sourceOfTruth,
        SECTION,
        (row) => (row.aiAccess === "update" || row.aiAccess === "trigger") && isBlank(row.conflictRule),
        (row) =>
          `${describeObject(row)} gives the AI ${inlineLabel(ENUM_LABELS.aiAccess[row.aiAccess ?? "update"])} access but has no conflict rule for when its writes meet a person's edits.`,
      ),
  },
];
