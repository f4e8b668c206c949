import {
  childcareCatalog,
  countingGeneriekDeelResults,
  evaluateCredentialEligibility,
  findQualification,
  snapshotCredential,
  type CredentialEligibility,
} from "@ontwikkelpad/core";
import type { CredentialKind, Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { audit } from "./audit.ts";
import { dateColumn, isoDate } from "./dates.ts";
import { personName, profileFacts, toGeneriekDeelResult, toPersonProfile } from "./person-profile.ts";

interface IssueFacts {
  personId: string;
  kind: CredentialKind;
  /** Catalog id of the diploma, certificate or praktijkverklaring. */
  credentialId: string;
  workProcessIds: string[];
  schoolOrganizationId: string;
  /** The leerbedrijf of a praktijkverklaring; the learner's employer for a certificate or diploma. */
  employerOrganizationId: string | null;
  issuedByUserId: string;
  issuedOn: string;
  /** The date of the result it rests on (a diploma's DUO deadline counts from it). */
  resultOn: string | null;
}

/**
 * Issues a credential with the snapshot an Open Badges credential needs (achievement, learner and
 * school names as they are today) and its audit event, in the caller's transaction. When it corrects
 * an earlier credential, that one is superseded by it with the reason; both stay.
 */
export async function issueCredential(
  tx: Prisma.TransactionClient,
  facts: IssueFacts,
  audited: { ip: string | null; action: string; data?: Prisma.InputJsonObject },
  supersedes?: { id: string; reason: string },
) {
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
  await audit(tx, {
    actorUserId: facts.issuedByUserId,
    organizationId: facts.schoolOrganizationId,
    action: audited.action,
    entityType: "IssuedCredential",
    entityId: credential.id,
    data: {
      credentialId: facts.credentialId,
      workProcessIds: facts.workProcessIds,
      ...(supersedes ? { supersedes: supersedes.id, reason: supersedes.reason } : {}),
      ...audited.data,
    },
    ip: audited.ip,
  });
  return credential;
}

/**
 * What the school reads of a learner to decide on certificates and diplomas: all their evidence and
 * issued credentials, and their employer's facts (a person without an employer has none of those).
 */
export const learnerFacts = (employerOrganizationId: string | null) =>
  ({
    ...profileFacts(employerOrganizationId ?? ""),
    evidence: true,
    credentials: true,
    employer: { select: { name: true } },
  }) satisfies Prisma.PersonInclude;

export type LearnerFacts = Prisma.PersonGetPayload<{ include: ReturnType<typeof learnerFacts> }>;

/**
 * Core's eligibility for one learner today; `without` leaves one issued credential out, so a
 * correction is judged as if the credential it replaces had not been issued.
 */
export function learnerEligibility(
  person: LearnerFacts,
  asOf: string,
  without?: string,
): CredentialEligibility[] {
  const credentials = person.credentials.filter((c) => c.id !== without);
  return evaluateCredentialEligibility(
    childcareCatalog,
    toPersonProfile(person, person.evidence, credentials),
    asOf,
  );
}

/**
 * The date of the latest established passing exam for the werkprocessen a credential names and, for
 * a diploma, the parts of its generiek deel (a correction counts instead of what it corrects); the
 * issue date when there is none.
 */
export function resultDate(
  person: LearnerFacts,
  { credentialId, workProcessIds }: Pick<CredentialEligibility, "credentialId" | "workProcessIds">,
  issuedOn: string,
): string {
  const generiekDeel = findQualification(childcareCatalog, credentialId)?.generiekDeel ?? [];
  const wanted = new Set(workProcessIds);
  const superseded = new Set(person.evidence.flatMap((e) => (e.supersedesId ? [e.supersedesId] : [])));
  const dates = person.evidence
    .filter(
      (e) =>
        e.kind === "FORMAL_EXAM" &&
        e.result === "PASSED" &&
        wanted.has(e.workProcessId) &&
        !superseded.has(e.id),
    )
    .map((e) => isoDate(e.assessedOn));
  for (const result of countingGeneriekDeelResults(person.examResults.map(toGeneriekDeelResult)))
    if (generiekDeel.includes(result.generiekDeelPart!) && result.assessedOn)
      dates.push(isoDate(result.assessedOn));
  return dates.length ? dates.toSorted().at(-1)! : issuedOn;
}
