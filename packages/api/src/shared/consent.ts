import {
  employerReferralAccess,
  isConsentInForce,
  type ConsentFact,
  type ConsentPurpose,
  type ReferralStatus,
} from "@ontwikkelpad/core";

/**
 * The consent columns core's rule reads, spread into a person query's `select` or `include`. Every
 * read and action on a candidate's data loads them and asks core whether the consent for its purpose
 * and recipient is in force at that moment (`isConsentInForce`); the database's scopes only narrow.
 */
export const consentFacts = {
  consentRecords: { select: { purpose: true, organizationId: true, givenAt: true, withdrawnAt: true } },
} as const;

/** A person's consent records as `consentFacts` loads them. */
type ConsentRows = readonly ConsentFact[];

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
