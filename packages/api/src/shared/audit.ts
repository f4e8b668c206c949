import type { Prisma } from "@ontwikkelpad/db";

export interface AuditEntry {
  actorUserId: string | null;
  organizationId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: Prisma.InputJsonValue;
  ip?: string | null;
}

/** Records who did what in which organisation; call it inside the transaction of the change itself. */
export async function audit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorUserId: entry.actorUserId,
      organizationId: entry.organizationId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      ...(entry.data === undefined ? {} : { data: entry.data }),
      ip: entry.ip ?? null,
    },
  });
}
