/**
 * Consent per purpose (domain guide §8; school-and-region "Consent"): a candidate's data is read and
 * acted on only while the consent for that purpose, given to that organisation, is in force. Every
 * read and every action on a candidate's data asks `isConsentInForce`; the employer's view of a
 * referral follows from it with `employerReferralAccess`.
 */

/** What a consent allows, in the database's spelling. */
export type ConsentPurpose = "REGION_FOLLOW_UP" | "SHARE_WITH_EMPLOYER" | "SHARE_WITH_SCHOOL" | "ADVICE";

/** One consent as recorded: the purpose, the organisation it was given to, when given, when withdrawn. */
export interface ConsentFact {
  purpose: ConsentPurpose;
  /** The recipient: the region for registration and advice, the named employer for sharing. */
  organizationId: string;
  givenAt: Date;
  withdrawnAt: Date | null;
}

/**
 * Whether a consent for `purpose` to `organizationId` is in force at `at`: one of the records was
 * given at or before `at` and was not withdrawn at or before `at`. A withdrawal ends only its own
 * record; a consent given again later is a new record.
 */
export function isConsentInForce(
  consents: readonly ConsentFact[],
  purpose: ConsentPurpose,
  organizationId: string,
  at: Date,
): boolean {
  const moment = at.getTime();
  return consents.some(
    (c) =>
      c.purpose === purpose &&
      c.organizationId === organizationId &&
      c.givenAt.getTime() <= moment &&
      (c.withdrawnAt === null || c.withdrawnAt.getTime() > moment),
  );
}

/** A referral's status as stored, in the database's spelling. */
export type ReferralStatus = "PROPOSED" | "INTRODUCED" | "HIRED" | "DECLINED" | "WITHDRAWN";

/** Statuses an employer can still answer (accept or decline). */
export const ANSWERABLE_REFERRAL_STATUSES = ["PROPOSED", "INTRODUCED"] as const satisfies ReferralStatus[];

/**
 * The employer that hired the candidate through one of their referrals (a `HIRED` referral, never
 * withdrawn), or null. A hired candidate has found work: the desk refers them no further.
 */
export function hiringEmployer(
  referrals: readonly { status: ReferralStatus; employer: string }[],
): string | null {
  return referrals.find((r) => r.status === "HIRED")?.employer ?? null;
}

export interface ReferralAccessFacts {
  status: ReferralStatus;
  /** The employer the referral is addressed to. */
  employerOrganizationId: string;
  /** The candidate's consent records (any purpose, any organisation). */
  consents: readonly ConsentFact[];
  /** The employer the person now works for (their own person record), or null. */
  personEmployerOrganizationId: string | null;
}

/**
 * What the employer may see and do with a referral at `at`:
 * - `shared`: the consent to share with this employer is in force and the referral was not
 *   withdrawn: the candidate's name, contact and the desk's motivation; answerable while open;
 * - `employee`: no consent in force, but the employer hired the person through this referral and
 *   still employs them: the employment is the basis for its own person record (name, the link to the
 *   person); the region's data (the motivation) stays behind consent;
 * - `withdrawn`: everything else: shown as "teruggetrokken", without any personal data, never
 *   answerable.
 */
export function employerReferralAccess(
  facts: ReferralAccessFacts,
  at: Date,
): { view: "shared" | "employee" | "withdrawn"; answerable: boolean } {
  const shared =
    facts.status !== "WITHDRAWN" &&
    isConsentInForce(facts.consents, "SHARE_WITH_EMPLOYER", facts.employerOrganizationId, at);
  if (shared) {
    const answerable = (ANSWERABLE_REFERRAL_STATUSES as readonly ReferralStatus[]).includes(facts.status);
    return { view: "shared", answerable };
  }
  if (facts.status === "HIRED" && facts.personEmployerOrganizationId === facts.employerOrganizationId)
    return { view: "employee", answerable: false };
  return { view: "withdrawn", answerable: false };
}
