import { hiringEmployer } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { consentPurposeSchema, locationTypeSchema, referralStatusSchema } from "../../../shared/enums.ts";
import { isoDate, isoDateOrNull } from "../../../shared/dates.ts";
import { findCandidate, regionDeskProcedure } from "../_shared/region-desk.ts";

/** Views of candidate pages one user may open in VIEW_WINDOW_MINUTES (mass viewing is refused). */
export const VIEW_LIMIT = 30;
export const VIEW_WINDOW_MINUTES = 10;

export const candidateOutput = z.object({
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  registeredBy: z.string(),
  registeredOn: z.iso.date(),
  intake: z.object({
    completedOn: z.iso.date().nullable(),
    availableFrom: z.iso.date().nullable(),
    hoursPerWeek: z.number().nullable(),
    city: z.string().nullable(),
    postcodeArea: z.string().nullable(),
    travelDistanceKm: z.number().int().nullable(),
    locationTypes: z.array(locationTypeSchema),
    languageLevel: z.string().nullable(),
    experience: z.string().nullable(),
    experienceYears: z.number().nullable(),
    workProcessIds: z.array(z.string()),
    priorDiplomas: z.array(z.string()),
  }),
  consents: z.array(
    z.object({
      id: z.string(),
      purpose: consentPurposeSchema,
      /** The organisation the consent was given to (the region, or the named employer). */
      organization: z.string(),
      givenOn: z.iso.date(),
      withdrawnOn: z.iso.date().nullable(),
      recordedBy: z.string().nullable(),
    }),
  ),
  referrals: z.array(
    z.object({
      id: z.string(),
      employer: z.string(),
      vacancy: z.string().nullable(),
      status: referralStatusSchema,
      reason: z.string().nullable(),
      responseNote: z.string().nullable(),
      sentOn: z.iso.date(),
      respondedOn: z.iso.date().nullable(),
      /** The day the candidate starts (or started) work, once the employer accepted. */
      startsOn: z.iso.date().nullable(),
    }),
  ),
  /** The employer that hired the candidate through a referral: the desk refers them no further. */
  hiredBy: z.string().nullable(),
});

/**
 * A candidate's page. Every view is logged (who, when, which candidate), and one user may open only
 * VIEW_LIMIT candidate pages per VIEW_WINDOW_MINUTES.
 */
export const get = regionDeskProcedure
  .meta({ action: "regionDeskMember" })
  .input(z.object({ candidateId: z.string().min(1) }))
  .output(candidateOutput)
  .query(async ({ ctx, input }) => {
    const since = new Date(Date.now() - VIEW_WINDOW_MINUTES * 60_000);
    const recentViews = await ctx.prisma.auditEvent.count({
      where: { actorUserId: ctx.session.userId, action: "candidate.view", occurredAt: { gte: since } },
    });
    if (recentViews >= VIEW_LIMIT) {
      throw new TRPCError({
        code: "TOO_MANY_REQUESTS",
        message: `Je hebt in ${VIEW_WINDOW_MINUTES} minuten ${VIEW_LIMIT} kandidaten bekeken. Wacht even en probeer het daarna opnieuw.`,
      });
    }
    const registration = await findCandidate(ctx, input.candidateId);
    const person = await ctx.prisma.person.findUniqueOrThrow({
      where: { id: registration.personId },
      select: {
        consentRecords: {
          select: {
            id: true,
            purpose: true,
            givenAt: true,
            withdrawnAt: true,
            organization: { select: { name: true } },
            recordedBy: { select: { displayName: true } },
          },
          orderBy: { givenAt: "asc" },
        },
        referrals: {
          where: { regionOrganizationId: ctx.regionOrganizationId },
          select: {
            id: true,
            employerOrganizationId: true,
            status: true,
            reason: true,
            responseNote: true,
            createdAt: true,
            respondedAt: true,
            employer: { select: { name: true } },
            vacancy: { select: { title: true } },
          },
          orderBy: { createdAt: "desc" },
        },
        employments: { select: { employerOrganizationId: true, contractStart: true } },
      },
    });
    await audit(ctx.prisma, ctx, "candidate.view", {
      entity: "CandidateRegistration",
      entityId: registration.id,
    });
    const r = registration;
    const referrals = person.referrals.map((ref) => ({
      id: ref.id,
      employer: ref.employer.name,
      vacancy: ref.vacancy?.title ?? null,
      status: ref.status,
      reason: ref.reason,
      responseNote: ref.responseNote,
      sentOn: isoDate(ref.createdAt),
      respondedOn: isoDateOrNull(ref.respondedAt),
      startsOn:
        ref.status === "HIRED"
          ? isoDateOrNull(
              person.employments.find((e) => e.employerOrganizationId === ref.employerOrganizationId)
                ?.contractStart,
            )
          : null,
    }));
    return {
      id: r.id,
      givenName: r.person.givenName,
      familyName: r.person.familyName,
      email: r.person.email,
      phone: r.person.phone,
      registeredBy: r.partner?.name ?? "Regioloket",
      registeredOn: isoDate(r.createdAt),
      intake: {
        completedOn: isoDateOrNull(r.intakeCompletedAt),
        availableFrom: isoDateOrNull(r.availableFrom),
        hoursPerWeek: r.hoursPerWeek,
        city: r.city,
        postcodeArea: r.postcodeArea,
        travelDistanceKm: r.travelDistanceKm,
        locationTypes: r.locationTypes,
        languageLevel: r.languageLevel,
        experience: r.experience,
        experienceYears: r.experienceYears,
        workProcessIds: r.workProcessIds,
        priorDiplomas: r.priorDiplomas,
      },
      consents: person.consentRecords.map((c) => ({
        id: c.id,
        purpose: c.purpose,
        organization: c.organization.name,
        givenOn: isoDate(c.givenAt),
        withdrawnOn: isoDateOrNull(c.withdrawnAt),
        recordedBy: c.recordedBy?.displayName ?? null,
      })),
      referrals,
      hiredBy: hiringEmployer(referrals),
    };
  });
