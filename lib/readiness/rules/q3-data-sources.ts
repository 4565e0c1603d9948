/**
 * Q3 — only purposeful data enters the AI layer; sensitive data never reaches a provider
 * that may keep it; output never reaches people who may not see the source (seed 000 §3).
 */
import { SENSITIVITY_CLASSES } from "../enums";
import { hasText, isBlank, joinList, shortList } from "../engine/text";
import type { DataSourceRow } from "../schema/assessment";
import { describeDataSource } from "./describe";
import { rowHits } from "./rows";
import type { RuleId } from "./ids";
import type { RuleDefinition } from "./types";

const SOURCE = "000 §3 What data is allowed to enter the AI layer?";
const SECTION = "dataSources";

function retentionPhrase(row: DataSourceRow): string {
  switch (row.providerRetention) {
    case "yes":
      return "the AI provider retains or trains on its inputs (provider retention: yes)";
    case "unknown":
      return "nobody has confirmed whether the AI provider retains or trains on its inputs (provider retention: unknown)";
    default:
      return "nobody has stated whether the AI provider retains or trains on its inputs (provider retention: not set)";
  }
}

function audiencePhrase(row: DataSourceRow): string {
  const roles = (row.outputAudience ?? []).filter(hasText).map((role) => role.trim());
  return roles.length === 0 ? "its output audience" : shortList(roles);
}

export const DATA_SOURCE_RULES: readonly RuleDefinition<RuleId>[] = [
  {
    id: "SENSITIVE_DATA_TO_TRAINING_PROVIDER",
    severity: "blocker",
    question: "dataSources",
    requires: ["dataSources"],
    stage: 1,
    title: "Sensitive data may be kept by the provider",
    source: SOURCE,
    remediation:
      "Confirm in the provider's terms that inputs are neither retained nor used for training (then set provider retention to No), redact the sensitive fields before they leave, or drop the source.",
    check: (document) =>
      rowHits(
        document.answers?.dataSources,
        SECTION,
        (row) => (row.sensitivity ?? []).length > 0 && row.providerRetention !== "no",
        (row) => {
          const classes = SENSITIVITY_CLASSES.filter((c) => row.sensitivity?.includes(c));
          return `${describeDataSource(row)} contains ${joinList(classes)} data, and ${retentionPhrase(row)}.`;
        },
      ),
  },
  {
    id: "OUTPUT_WIDER_THAN_SOURCE",
    severity: "blocker",
    question: "dataSources",
    requires: ["dataSources"],
    stage: 1,
    title: "Output reaches people who may not see the source",
    source: SOURCE,
    remediation:
      "Narrow the output audience to people allowed to see the source, or redact the fields they may not see before they reach the output.",
    check: (document) =>
      rowHits(
        document.answers?.dataSources,
        SECTION,
        (row) => row.audienceMaySeeSource === false,
        (row) => `${describeDataSource(row)} produces output for ${audiencePhrase(row)}, but not all of them may see the source itself.`,
      ),
  },
  {
    id: "SOURCE_WITHOUT_PURPOSE",
    severity: "warning",
    question: "dataSources",
    requires: ["dataSources"],
    stage: 1,
    title: "Data source without a purpose",
    source: SOURCE,
    remediation: "State why the AI needs this source, or remove it from the integration.",
    check: (document) =>
      rowHits(
        document.answers?.dataSources,
        SECTION,
        (row) => isBlank(row.purpose),
        (row) => `${describeDataSource(row)} has no stated purpose; every source sent to the AI needs a reason to be there.`,
      ),
  },
];
