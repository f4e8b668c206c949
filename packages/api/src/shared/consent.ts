import {
  employerReferralAccess,
  isConsentInForce,
  type ConsentPurpose,
  type ReferralStatus,
} from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";

/**
 * The consent columns core's rule reads, spread into a person query's `select` or `include`. Every
 * read and action on a candidate's data loads them and asks core whether the consent for its purpose
 * and recipient is in force at that moment (`isConsentInForce`); the database's scopes only narrow.
 */
export const consentFacts = {
  consentRecords: { select: { purpose: true, organizationId: true, givenAt: true, withdrawnAt: true } },
} as const;

type ConsentRows = {
  purpose: ConsentPurpose;
  organizationId: string;
  givenAt: Date;
  withdrawnAt: Date | null;
}[];

/**
 * Refuses with FORBIDDEN and `message` unless the person's consent for `purpose`, given to
 * `organizationId`, is in force now. Pass the transaction of the action, so a withdrawal committed
 * before it counts.
 */
export async function requireConsent(
  tx: Prisma.TransactionClient,
  personId: string,
  purpose: ConsentPurpose,
  organizationId: string,
  message: string,
): Promise<void> {
  const consents = await tx.consentRecord.findMany({
    where: { personId },
    select: consentFacts.consentRecords.select,
  });
  if (!isConsentInForce(consents, purpose, organizationId, new Date()))
    throw new TRPCError({ code: "FORBIDDEN", message });
}

/** Whether `person`'s consent for `purpose` to `organizationId` is in force now. */
export function hasConsentNow(
  person: { consentRecords: ConsentRows },
  purpose: ConsentPurpose,
  organizationId: string,
): boolean {
  return isConsentInForce(person.consentRecords, purpose, organizationId, new Date());
}

/** What an employer's read of a referral needs to decide what it may show. */
export const referralPersonFacts = {
  select: { givenName: true, familyName: true, employerOrganizationId: true, ...consentFacts },
} as const;

/**
 * What the employer may see and do with this referral now (core's `employerReferralAccess`): the
 * candidate's data while the consent to share with this employer is in force, its own person
 * record after a hire, and otherwise a withdrawn referral without personal data.
 */
export function referralAccessNow(referral: {
  status: ReferralStatus;
  employerOrganizationId: string;
  person: { employerOrganizationId: string | null; consentRecords: ConsentRows };
}) {
  return employerReferralAccess(
    {
      status: referral.status,
      employerOrganizationId: referral.employerOrganizationId,
      consents: referral.person.consentRecords,
      personEmployerOrganizationId: referral.person.employerOrganizationId,
    },
    new Date(),
  );
}

export const REFERRAL_WITHDRAWN_MESSAGE =
  "Deze voordracht is teruggetrokken: de kandidaat deelt de gegevens niet (meer) met jouw organisatie. Neem contact op met het regioloket als je de kandidaat toch wilt spreken.";
