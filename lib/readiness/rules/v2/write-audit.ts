/** WRITE_AUDIT_INCOMPLETE: sync writes leave an audit trail in Q7 (seed 004). */
import type { SyncAuditLogKind } from "../../enums";
import { inlineLabel, joinList, plural } from "../../engine/text";
import { SYNC_AUDIT_LOG_KIND_LABELS } from "../../framework/plan-text/write-audit";
import { isWriteAction } from "../describe";
import type { RuleDefinition } from "../types";

/** What support needs to trace a failed sync: both records and why it failed (in enum order). */
const AUDIT_KINDS: readonly SyncAuditLogKind[] = ["source_record_id", "target_record_id", "failure_reason"];

export const WRITE_AUDIT_RULES: readonly RuleDefinition[] = [
  {
    id: "WRITE_AUDIT_INCOMPLETE",
    severity: "warning",
    question: "logs",
    requires: ["actions", "logs"],
    track: "observability",
    stage: 1,
    title: "Sync writes without an audit trail",
    source: "004 §Build auditability into the first release",
    remediation:
      "Log, for every write, the id of the record read, the id of the record written and the reason when it fails, so a failed sync can be investigated instead of guessed at.",
    check: (document) => {
      const writes = (document.answers?.actions ?? []).filter(isWriteAction).length;
      if (writes === 0) return [];
      const captured: readonly string[] = document.answers?.logs?.captured ?? [];
      const missing = AUDIT_KINDS.filter((kind) => !captured.includes(kind));
      if (missing.length === 0) return [];
      const names = missing.map((kind) => inlineLabel(SYNC_AUDIT_LOG_KIND_LABELS[kind]));
      return [
        {
          target: "answers.logs.captured",
          message: `${plural(writes, "write action changes", "write actions change")} other systems, but the logs do not capture the ${joinList(names)}, so a failed sync cannot be traced.`,
        },
      ];
    },
  },
];
