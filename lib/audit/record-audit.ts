import "server-only";
import type { DbTx } from "@/lib/db/client";
import type { AuditChanges } from "./changes";

export interface AuditInput {
  organizationId: string;
  actorId: string | null;
  entityType: string;
  entityId: string;
  projectId?: string;
  action: string;
  changes: AuditChanges;
}

/** Appends one audit event; call it with the same transaction client as the change it records. */
export async function recordAudit(tx: DbTx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: input,
  });
}
