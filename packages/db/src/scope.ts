/**
 * Tenant scope: `where` fragments that limit a query to what one organisation may see. The api
 * combines them with its own filters (`{ AND: [scopeX(orgId), filter] }`) and never writes a
 * tenant filter by hand, so a forgotten filter cannot leak another organisation's data.
 * The hand-written read models in read-models/ (the team overview, the region's path counts) apply
 * these same conditions in SQL and are tested against them.
 *
 * Every fragment is a single `AND` of its conditions, never bare keys: a caller that spreads it and
 * adds a filter on the same key (`{ ...scopeEvidenceForEmployer(orgId), person: { archivedAt: null } }`)
 * narrows the tenant condition instead of replacing it.
 *
 * Visibility rules (domain guide §8):
 * - an employer sees its own staff, and the candidates referred to it through those referrals;
 * - a school sees the learners enrolled with it, and the persons named in training requests to it
 *   through those requests;
 * - a region sees person-level data only for persons its own desk registered who gave the region
 *   consent that has not been withdrawn; everything else only as aggregates.
 *
 * Each person scope is one indexed condition on purpose: PostgreSQL cannot use indexes for an OR
 * of two relation filters and falls back to scanning every person (measured: 170–210 ms instead
 * of 3–16 ms at national scale). A person reached through a record addressed to the organisation
 * (a referral, a training request) is therefore read through that record, e.g.
 * `referral.findMany({ where: scopeReferralsForEmployer(orgId), include: { person: true } })`.
 */
import type { Prisma } from "../generated/prisma/client.ts";

/** The one shape of a scope: its condition under `AND`, where a spread-in key cannot overwrite it. */
function tenantCondition<Where>(condition: Where): { AND: [Where] } {
  return { AND: [condition] };
}

// ── employer ──

/** The employer's staff, and candidates it hired or took on (their `employerOrganizationId`). */
export function scopePersonsForEmployer(employerOrganizationId: string): Prisma.PersonWhereInput {
  return tenantCondition({ employerOrganizationId });
}

/** The learning teams an organisation hosts: it sees the team, not the schools' assessments. */
export function scopeLearningTeamsHostedBy(hostOrganizationId: string): Prisma.LearningTeamWhereInput {
  return tenantCondition({ hostOrganizationId });
}

/** Rows that belong to one employer through their `employerOrganizationId` column. */
export function scopeOwnedByEmployer(employerOrganizationId: string): {
  AND: [{ employerOrganizationId: string }];
} {
  return tenantCondition({ employerOrganizationId });
}

export function scopeDevelopmentPathsForEmployer(
  employerOrganizationId: string,
): Prisma.DevelopmentPathWhereInput {
  return tenantCondition({ employerOrganizationId });
}

/**
 * Paths of other employers that ended because the person moved to this one, which named it. Only a
 * candidate set: what the employer may see of each is core's `pathHandover`, asked at every read (it
 * needs the person's consent to share with this employer in force at that moment).
 */
export function scopePathsMovedToEmployer(employerOrganizationId: string): Prisma.DevelopmentPathWhereInput {
  return tenantCondition({
    movedToEmployerOrganizationId: employerOrganizationId,
    endReason: "MOVED_EMPLOYER",
  });
}

/** Evidence about the employer's own people, whoever recorded it (the school's exam results too). */
export function scopeEvidenceForEmployer(employerOrganizationId: string): Prisma.EvidenceWhereInput {
  return tenantCondition({ person: { employerOrganizationId } });
}

/** Referrals addressed to the employer; the way it sees a referred candidate before hiring. */
export function scopeReferralsForEmployer(employerOrganizationId: string): Prisma.ReferralWhereInput {
  return tenantCondition({ employerOrganizationId });
}

// ── school ──

/**
 * Rows that belong to one school through their `schoolOrganizationId` column (offers, requests
 * to it, enrolments, classes, credentials it issued).
 */
export function scopeOwnedBySchool(schoolOrganizationId: string): {
  AND: [{ schoolOrganizationId: string }];
} {
  return tenantCondition({ schoolOrganizationId });
}

/** A school sees all evidence of its enrolled learners: it issues credentials on practice judgements. */
export function scopeEvidenceForSchool(schoolOrganizationId: string): Prisma.EvidenceWhereInput {
  return tenantCondition({ person: { enrolments: { some: { schoolOrganizationId } } } });
}

/** The learning teams a school made, joined or is invited to (the team then tells which: core's `learningTeamAccess`). */
export function scopeLearningTeamsForSchool(schoolOrganizationId: string): Prisma.LearningTeamWhereInput {
  return tenantCondition({ schools: { some: { schoolOrganizationId } } });
}

/**
 * Published, not archived offers for an employer in these arbeidsmarktregio's (codes such as AM22):
 * offers serving one of them, and offers without regions (nationwide).
 */
export function scopePublishedTrainingOffers(regionCodes: readonly string[]): Prisma.TrainingOfferWhereInput {
  return tenantCondition({
    publishedAt: { not: null },
    archivedAt: null,
    OR: [{ regionCodes: { isEmpty: true } }, { regionCodes: { hasSome: [...regionCodes] } }],
  });
}

// ── region ──

/** Persons whose person-level data the region may see. */
export function scopePersonsForRegion(regionOrganizationId: string): Prisma.PersonWhereInput {
  return tenantCondition({
    registeredByOrganizationId: regionOrganizationId,
    consentRecords: {
      some: { organizationId: regionOrganizationId, purpose: "REGION_FOLLOW_UP", withdrawnAt: null },
    },
  });
}

/** Organisations (employers, schools, partners) that belong to the region. */
export function scopeOrganizationsInRegion(regionOrganizationId: string): Prisma.OrganizationWhereInput {
  return tenantCondition({ regionMemberships: { some: { regionOrganizationId } } });
}

export function scopeDevelopmentPathsForRegionAggregates(
  regionOrganizationId: string,
): Prisma.DevelopmentPathWhereInput {
  return tenantCondition({ employer: scopeOrganizationsInRegion(regionOrganizationId) });
}

export function scopeVacanciesInRegion(regionOrganizationId: string): Prisma.VacancyWhereInput {
  return tenantCondition({ employer: scopeOrganizationsInRegion(regionOrganizationId) });
}

/**
 * Candidates the region's desk may see: registered at this region (by the desk or a partner), not
 * erased, with the registration consent in force.
 */
export function scopeCandidatesForRegion(
  regionOrganizationId: string,
): Prisma.CandidateRegistrationWhereInput {
  return tenantCondition({
    regionOrganizationId,
    erasedAt: null,
    person: scopePersonsForRegion(regionOrganizationId),
  });
}

/** A partner organisation sees only the candidates it registered itself, on the same conditions. */
export function scopeCandidatesForPartner(
  regionOrganizationId: string,
  partnerOrganizationId: string,
): Prisma.CandidateRegistrationWhereInput {
  return { AND: [scopeCandidatesForRegion(regionOrganizationId), { partnerOrganizationId }] };
}

/** The advice notes of the region's candidates the caller may see (`candidates`: the desk's or a partner's scope). */
export function scopeAdviceNotesForRegion(
  regionOrganizationId: string,
  candidates: Prisma.CandidateRegistrationWhereInput,
): Prisma.AdviceNoteWhereInput {
  return tenantCondition({ regionOrganizationId, candidate: candidates });
}

/** Skill-gap signals of the mentor teams of classes adopted in the region. */
export function scopeSkillGapSignalsForRegion(regionOrganizationId: string): Prisma.SkillGapSignalWhereInput {
  return tenantCondition({ mentorTeam: { schoolClass: { regionOrganizationId } } });
}

/** Learning teams hosted by an organisation of the region, for counts only. */
export function scopeLearningTeamsForRegionAggregates(
  regionOrganizationId: string,
): Prisma.LearningTeamWhereInput {
  return tenantCondition({ host: { regionMemberships: { some: { regionOrganizationId } } } });
}

/** Candidate registrations of the region for counts only (the funnel): never select person fields. */
export function scopeCandidateRegistrationsForAggregates(
  regionOrganizationId: string,
): Prisma.CandidateRegistrationWhereInput {
  return tenantCondition({ regionOrganizationId });
}

// ── any organisation ──

/** The users of one organisation (with their roles and hours) through their memberships. */
export function scopeMembershipsOfOrganization(organizationId: string): Prisma.MembershipWhereInput {
  return tenantCondition({ organizationId });
}
