import "server-only";
import type { DbTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditInput {
  organizationId: string;
  actorId: string | null;
  entityType: string;
  entityId: string;
  projectId?: string;
  action: string;
  /** field → { before, after } */
  changes: Record<string, { before: unknown; after: unknown }>;
}

/** Appends one audit event; call it with the same transaction client as the change it records. */
export async function recordAudit(tx: DbTx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: { ...input, changes: input.changes as Prisma.InputJsonValue },
  });
}
