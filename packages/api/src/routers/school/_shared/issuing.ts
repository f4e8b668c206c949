import {
  childcareCatalog,
  duoResultDate,
  evaluateIssuingEligibility,
  grantedExemptionEvidence,
  snapshotCredential,
  type CredentialEligibility,
} from "@ontwikkelpad/core";
import type { CredentialKind, Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { signIssuedCredential } from "../../../shared/credentials/sign.ts";
import { audit, type AuditAction, type AuditContext } from "../../../shared/audit.ts";
import { credentialTitle } from "../../../shared/catalog-titles.ts";
import { dateColumn, dutchDate, isoDate, isoDateOrNull } from "../../../shared/dates.ts";
import {
  personName,
  profileFacts,
  toGeneriekDeelResult,
  toPersonProfile,
} from "../../../shared/person-profile.ts";
import { notFound } from "../../../shared/own.ts";
import { completeMetPaths } from "../../../shared/path-outcome.ts";
import { recordNotificationMail } from "../../../shared/notifications/record-mail.ts";
import { issuingLearnerWhere } from "./school-learners.ts";

const CLAIM: unique symbol = Symbol("issuing claim");

/**
 * Permission for one school to issue one credential to one person, from `claimIssuing` only: the one way
 * to `issueCredential`, so no issuing path can skip the check.
 */
export interface IssuingClaim {
  readonly [CLAIM]: true;
  readonly personId: string;
  readonly kind: CredentialKind;
  /** Catalog id of the diploma, certificate or praktijkverklaring. */
  readonly credentialId: string;
  readonly schoolOrganizationId: string;
  /** The credential it corrects, superseded by it with the reason. */
  readonly supersedes: { id: string; reason: string } | null;
}

/**
 * The check every issuing path makes first, inside its transaction: it takes the person's row lock
 * (one issue at a time per person, so a second one waits and then finds the first), then refuses a
 * person who is not the school's own learner (NOT_FOUND, as for any foreign record) and a credential
 * of the same kind and code while a valid one (not superseded) exists from any school (CONFLICT): a
 * credential is never issued twice, a correction supersedes the one it corrects.
 */
export async function claimIssuing(
  tx: Prisma.TransactionClient,
  target: Omit<IssuingClaim, typeof CLAIM | "supersedes"> & { supersedes?: { id: string; reason: string } },
): Promise<IssuingClaim> {
  await tx.$executeRaw`SELECT 1 FROM "Person" WHERE "id" = ${target.personId} FOR UPDATE`;
  const learner = await tx.person.findFirst({
    where: {
      AND: [{ id: target.personId }, issuingLearnerWhere(target.schoolOrganizationId, target.credentialId)],
    },
    select: { id: true },
  });
  if (!learner) throw notFound("learner");
  const valid = await tx.issuedCredential.findFirst({
    where: {
      personId: target.personId,
      kind: target.kind,
      credentialId: target.credentialId,
      supersededById: null,
      ...(target.supersedes ? { id: { not: target.supersedes.id } } : {}),
    },
    select: { issuedOn: true, schoolOrganizationId: true, school: { select: { name: true } } },
  });
  if (valid) {
    const own = valid.schoolOrganizationId === target.schoolOrganizationId;
    throw new TRPCError({
      code: "CONFLICT",
      message: `${credentialTitle(target.credentialId)} is al uitgegeven door ${valid.school.name} op ${dutchDate(
        isoDate(valid.issuedOn),
      )}; een tweede wordt niet uitgegeven. ${
        own
          ? "Corrigeer het bestaande bewijs als er iets niet klopt."
          : `Vraag ${valid.school.name} het bestaande bewijs te corrigeren als er iets niet klopt.`
      }`,
    });
  }
  return { ...target, supersedes: target.supersedes ?? null, [CLAIM]: true };
}

interface IssueFacts {
  workProcessIds: string[];
  /** The leerbedrijf of a praktijkverklaring; the learner's employer for a certificate or diploma. */
  employerOrganizationId: string | null;
  issuedByUserId: string;
  issuedOn: string;
  /** The date of the result it rests on (a diploma's DUO deadline counts from it). */
  resultOn: string | null;
}

/**
 * Issues the claimed credential with the snapshot an Open Badges credential needs (achievement,
 * learner and school names as they are today), signed by the school (`credentials/sign.ts`), and its
 * audit event, in the transaction of the claim. When it corrects an earlier credential, that one is
 * superseded by it with the reason (which revokes its signed credential); both stay. Every running
 * Ontwikkelpad of the person whose goal the issue meets is completed in the same transaction
 * (`completeMetPaths`).
 */
export async function issueCredential(
  tx: Prisma.TransactionClient,
  claim: IssuingClaim,
  content: IssueFacts,
  audited: { ctx: AuditContext; action: AuditAction; details?: Prisma.InputJsonObject },
) {
  const { personId, kind, credentialId, schoolOrganizationId, supersedes } = claim;
  const facts = { personId, kind, credentialId, schoolOrganizationId, ...content };
  const [person, school, employer] = await Promise.all([
    tx.person.findUniqueOrThrow({
      where: { id: facts.personId },
      select: { givenName: true, familyName: true },
    }),
    tx.organization.findUniqueOrThrow({ where: { id: facts.schoolOrganizationId }, select: { name: true } }),
    facts.employerOrganizationId
      ? tx.organization.findUniqueOrThrow({
          where: { id: facts.employerOrganizationId },
          select: { name: true },
        })
      : null,
  ]);
  const credential = await tx.issuedCredential.create({
    data: {
      personId: facts.personId,
      kind: facts.kind,
      credentialId: facts.credentialId,
      workProcessIds: facts.workProcessIds,
      schoolOrganizationId: facts.schoolOrganizationId,
      employerOrganizationId: facts.employerOrganizationId,
      issuedByUserId: facts.issuedByUserId,
      issuedOn: dateColumn(facts.issuedOn),
      resultOn: facts.resultOn ? dateColumn(facts.resultOn) : null,
      snapshot: snapshotCredential(childcareCatalog, facts.credentialId, {
        learnerName: personName(person),
        issuerName: school.name,
        employerName: facts.kind === "PRAKTIJKVERKLARING" ? (employer?.name ?? null) : null,
      }),
    },
  });
  await signIssuedCredential(tx, credential.id);
  if (supersedes) {
    // Only a credential not yet superseded is corrected: the condition sits in the update.
    const { count } = await tx.issuedCredential.updateMany({
      where: { id: supersedes.id, supersededById: null },
      data: { supersededById: credential.id, supersededReason: supersedes.reason, supersededAt: new Date() },
    });
    if (count === 0)
      throw new TRPCError({
        code: "CONFLICT",
        message: "Dit bewijs is intussen al gecorrigeerd. Open de nieuwste versie.",
      });
  }
  await audit(tx, audited.ctx, audited.action, {
    entity: "IssuedCredential",
    entityId: credential.id,
    details: {
      credentialId: facts.credentialId,
      workProcessIds: facts.workProcessIds,
      ...(supersedes ? { supersedes: supersedes.id, reason: supersedes.reason } : {}),
      ...audited.details,
    },
  });
  // A path whose goal this issue meets is completed in the same transaction.
  await completeMetPaths(tx, audited.ctx, personId);
  // A diploma now waits to be reported to DUO.
  await recordNotificationMail(tx, facts.schoolOrganizationId, facts.issuedOn);
  return credential;
}

/**
 * What a school reads of a learner to decide on certificates and diplomas: all their evidence and
 * issued credentials, the generiek-deel results its own examencommissie gave, and their employer's
 * facts (a person without an employer has none of those).
 */
export const learnerFacts = (schoolOrganizationId: string, employerOrganizationId: string | null) => {
  const facts = profileFacts(employerOrganizationId ?? "");
  return {
    ...facts,
    examResults: { ...facts.examResults, where: { ...facts.examResults.where, schoolOrganizationId } },
    evidence: true,
    credentials: true,
    // Only this school's examencommissie's decisions count; another school's never do.
    exemptions: { where: { schoolOrganizationId }, include: { supersededBy: { select: { id: true } } } },
    employer: { select: { name: true } },
  } satisfies Prisma.PersonInclude;
};

export type LearnerFacts = Prisma.PersonGetPayload<{ include: ReturnType<typeof learnerFacts> }>;

/** A stored exemption as core's rules read it. */
export const toExemptionRecord = (row: LearnerFacts["exemptions"][number]) => ({
  id: row.id,
  schoolId: row.schoolOrganizationId,
  credentialId: row.credentialId,
  workProcessIds: row.workProcessIds,
  status: row.status,
  decidedOn: isoDateOrNull(row.decidedOn),
  supersedesId: row.supersedesId,
  supersededById: row.supersededBy?.id ?? null,
});

/**
 * Core's issuing eligibility for one learner of the school today (on its own examencommissie's
 * results, the exemptions it granted and its own credentials only); `without` leaves one issued
 * credential out, so a correction is judged as if the credential it replaces had not been issued.
 */
export function learnerEligibility(
  person: LearnerFacts,
  schoolOrganizationId: string,
  asOf: string,
  without?: string,
): CredentialEligibility[] {
  const credentials = person.credentials.filter((c) => c.id !== without);
  const profile = toPersonProfile(person, person.evidence, credentials);
  return evaluateIssuingEligibility(
    childcareCatalog,
    {
      ...profile,
      evidence: [
        ...(profile.evidence ?? []),
        ...grantedExemptionEvidence(person.exemptions.map(toExemptionRecord)),
      ],
    },
    schoolOrganizationId,
    asOf,
  );
}

/**
 * The date of the result a credential rests on (core's `duoResultDate`: a diploma's DUO deadline counts
 * from it), from everything the learner's record shows; the issue date when there is none.
 */
export const resultDate = (
  person: LearnerFacts,
  credential: Pick<CredentialEligibility, "credentialId" | "workProcessIds">,
  issuedOn: string,
): string =>
  duoResultDate(
    childcareCatalog,
    credential,
    toPersonProfile(person, person.evidence, person.credentials).evidence ?? [],
    person.examResults.map(toGeneriekDeelResult),
    issuedOn,
  );
