import type { Prisma } from "@ontwikkelpad/db";

/** Every action the audit trail records, by area: a new kind of change adds its name here. */
export const AUDIT_ACTIONS = [
  "auth.login",
  "auth.loginFailed",
  "auth.loginBlocked",
  "auth.switchOrganization",
  "auth.logout",
  "auth.logoutEverywhere",
  "invitation.create",
  "invitation.accept",
  "invitation.resend",
  "invitation.revoke",
  "membership.setRoles",
  "membership.remove",
  "location.create",
  "locationGroup.create",
  "sbbRecognition.create",
  "person.create",
  "person.import",
  "person.update",
  "person.updateFacts",
  "person.archive",
  "heldCredential.add",
  "heldCredential.archive",
  "heldCredential.upload",
  "path.start",
  "path.step1.save",
  "path.step2.save",
  "path.step3.save",
  "path.step4.save",
  "path.step6.save",
  "path.step8.save",
  "path.move",
  "path.review",
  "path.complete",
  "path.continue",
  "path.end",
  "path.employee-invite",
  "path.employee-agree",
  "evidence.rate",
  "evidence.sign",
  "evidence.coSign",
  "evidence.correct",
  "vacancy.create",
  "vacancy.close",
  "referral.send",
  "referral.accept",
  "referral.decline",
  "trainingRequest.create",
  "mail.send",
  "mail.preferences.set",
  "mail.unsubscribe",
  "trainingRequest.accept",
  "trainingRequest.decline",
  "trainingRequest.acceptProposal",
  "trainingRequest.message",
  "credentialRequest.create",
  "credentialRequest.decline",
  "trainingOffer.create",
  "trainingOffer.update",
  "trainingOffer.publish",
  "trainingOffer.withdraw",
  "enrolment.create",
  "enrolment.updatePok",
  "enrolment.pokStatus",
  "enrolment.pokSigned",
  "enrolment.replace",
  "examResult.status",
  "credential.issue",
  "credential.supersede",
  "credential.sign",
  "credential.duoReported",
  "exemption.request",
  "exemption.decide",
  "exemption.correct",
  "pokAttendance.record",
  "pokAttendance.correct",
  "pokCoaching.record",
  "pokCoaching.correct",
  "subsidy.rvoExport",
  "schoolClass.create",
  "schoolClass.adopt",
  "schoolClass.removeAdoption",
  "schoolClass.addLearner",
  "schoolClass.removeLearner",
  "mentorTeam.addMember",
  "mentorTeam.removeMember",
  "reflectionNote.create",
  "skillGapSignal.send",
  "candidate.register",
  "candidate.view",
  "candidate.intake",
  "candidate.advice",
  "advice.read",
  "advice.save",
  "advice.give",
  "advice.followUp",
  "candidate.consent.withdraw",
  "signal.acknowledge",
  "signal.discussed",
  "bottleneck.create",
  "bottleneck.status",
  "learningCircle.create",
  "learningCircle.action.create",
  "learningCircle.action.done",
  "learningTeam.create",
  "learningTeam.inviteSchool",
  "learningTeam.accept",
  "learningTeam.addMember",
  "learningTeam.addGoal",
  "learningTeam.assessGoal",
  "learningTeam.addMeeting",
  "learningTeam.close",
  "learningTeam.addSupervisor",
  "learningTeam.removeSupervisor",
  "learningTeam.writeReflection",
  "learningTeam.correctReflection",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Who acts, for which organisation, from which address: a procedure's `ctx` as it is. `session` is
 * null for who acts without an account (a login attempt, an employee agreeing through a link).
 */
export interface AuditContext {
  session: { userId: string } | null;
  organizationId: string | null;
  ip: string | null;
}

/** What the change is about: the kind of row (`"Person"`, `"Session"`, …), its id and what to keep of it. */
export interface AuditRecord {
  entity: string;
  entityId?: string | null;
  details?: Prisma.InputJsonValue;
}

/**
 * Records who did what in which organisation, the actor, organisation and address taken from the
 * request's context; call it inside the transaction of the change itself.
 */
export async function audit(
  tx: Prisma.TransactionClient,
  ctx: AuditContext,
  action: AuditAction,
  record: AuditRecord,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorUserId: ctx.session?.userId ?? null,
      organizationId: ctx.organizationId,
      action,
      entityType: record.entity,
      entityId: record.entityId ?? null,
      ...(record.details === undefined ? {} : { data: record.details }),
      ip: ctx.ip,
    },
  });
}
