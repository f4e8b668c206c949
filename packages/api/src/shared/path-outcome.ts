import {
  goalCredential,
  pathEndReason,
  type IssuedCredentialFacts,
  type PathLeaving,
} from "@ontwikkelpad/core";
import { type Prisma, scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { audit, type AuditContext } from "./audit.ts";
import { isoDate, today } from "./dates.ts";

/** The person's issued credentials as core's outcome rules read them. */
async function issuedFacts(tx: Prisma.TransactionClient, personId: string): Promise<IssuedCredentialFacts[]> {
  const rows = await tx.issuedCredential.findMany({
    where: { personId },
    select: { id: true, credentialId: true, issuedOn: true, supersededById: true },
  });
  return rows.map((c) => ({
    id: c.id,
    credentialId: c.credentialId,
    issuedOn: isoDate(c.issuedOn),
    superseded: c.supersededById !== null,
  }));
}

/**
 * Completes, in the caller's transaction, every running path of the person (at any employer, or only at
 * `employerOrganizationId`) whose goal core finds met today: status COMPLETED with the date and the
 * credential that met it, each with its audit event. Called by every issue (a path completes in the
 * transaction of the issue that meets its goal) and by the employer's afronden. Answers the ids completed.
 */
export async function completeMetPaths(
  tx: Prisma.TransactionClient,
  ctx: AuditContext,
  personId: string,
  employerOrganizationId?: string,
): Promise<string[]> {
  const [paths, credentials] = await Promise.all([
    tx.developmentPath.findMany({
      where: {
        personId,
        status: "ACTIVE",
        ...(employerOrganizationId ? scopeOwnedByEmployer(employerOrganizationId) : {}),
      },
      select: { id: true, goalCredentialId: true, startedAt: true },
    }),
    issuedFacts(tx, personId),
  ]);
  const completed: string[] = [];
  for (const path of paths) {
    const met = goalCredential(
      { goalCredentialId: path.goalCredentialId, startedOn: isoDate(path.startedAt) },
      credentials,
      today(),
    );
    if (!met) continue;
    // The status sits in the condition: a path ended meanwhile is not ended twice.
    const { count } = await tx.developmentPath.updateMany({
      where: { id: path.id, status: "ACTIVE" },
      data: {
        status: "COMPLETED",
        endReason: "COMPLETED",
        endedAt: new Date(),
        achievedCredentialId: met.id,
      },
    });
    if (count === 0) continue;
    await audit(tx, ctx, "path.complete", {
      entity: "DevelopmentPath",
      entityId: path.id,
      details: { achievedCredentialId: met.id, credentialId: met.credentialId },
    });
    completed.push(path.id);
  }
  return completed;
}

/**
 * Ends, in the caller's transaction, the person's running paths at this employer because the person
 * leaves (or moves to another employer): each with core's end reason (completed when its goal is met,
 * left with a result, stopped without one, moved) and the date, and its audit event. A path that ends
 * as a move records the new employer, when named (`movedTo`): core's `pathHandover` decides what it may see.
 */
export async function endPathsOnLeaving(
  tx: Prisma.TransactionClient,
  ctx: AuditContext,
  personId: string,
  employerOrganizationId: string,
  leaving: PathLeaving,
  movedTo: string | null = null,
): Promise<void> {
  const [paths, credentials] = await Promise.all([
    tx.developmentPath.findMany({
      where: { ...scopeOwnedByEmployer(employerOrganizationId), personId, status: "ACTIVE" },
      select: { id: true, goalCredentialId: true, startedAt: true },
    }),
    issuedFacts(tx, personId),
  ]);
  for (const path of paths) {
    const facts = { goalCredentialId: path.goalCredentialId, startedOn: isoDate(path.startedAt) };
    const endReason = pathEndReason(facts, credentials, leaving, today());
    const achieved = endReason === "COMPLETED" ? goalCredential(facts, credentials, today()) : null;
    await tx.developmentPath.update({
      where: { id: path.id },
      data: {
        status: endReason === "COMPLETED" ? "COMPLETED" : "STOPPED",
        endReason,
        endedAt: new Date(),
        achievedCredentialId: achieved?.id ?? null,
        movedToEmployerOrganizationId: endReason === "MOVED_EMPLOYER" ? movedTo : null,
      },
    });
    await audit(tx, ctx, "path.end", {
      entity: "DevelopmentPath",
      entityId: path.id,
      details: { endReason, leaving, movedTo: endReason === "MOVED_EMPLOYER" ? movedTo : null },
    });
  }
}
