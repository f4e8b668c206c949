import {
  PATH_STEPS,
  STEP_MOVE_KINDS,
  availableMoves,
  goalCredential,
  offerFitsPlan,
} from "@ontwikkelpad/core";
import { scopeOwnedByEmployer, scopePublishedTrainingOffers } from "@ontwikkelpad/db";
import { z } from "zod";
import { ownPerson } from "../_shared/access.ts";
import { isoDate, isoDateOrNull, today } from "../../../shared/dates.ts";
import {
  credentialKindSchema,
  deliveryFormatSchema,
  learningRouteSchema,
  pathStatusSchema,
} from "../../../shared/enums.ts";
import { employerFundingFacts, fundingOptionSchema, fundingOptionsFor } from "../_shared/funding.ts";
import { endedPathSchema, loadedPathState, pathInclude, readEndedPaths } from "../_shared/path-state.ts";
import { readSentRequests, sentRequestView } from "../_shared/sent-requests.ts";
import {
  personName,
  profileFacts,
  readStartingPoint,
  startingPointSchema,
  toPersonProfile,
} from "../../../shared/person-profile.ts";
import { chosenPlan, planFacts, routeViewSchema } from "../../../shared/plan-view.ts";
import {
  offerStartsInclude,
  readOfferAvailability,
  readRegionCodes,
} from "../../../shared/training-offers.ts";
import { workplaceTrainers } from "../_shared/trainers.ts";
import { employerProcedure } from "../../../trpc.ts";

const pathView = z.object({
  id: z.string(),
  status: pathStatusSchema,
  currentStep: z.number(),
  steps: z.array(z.object({ step: z.number(), title: z.string(), completedOn: z.iso.date().nullable() })),
  /** The step buttons the wizard shows: core's moves from the current step, with what each still needs. */
  moves: z.array(z.object({ to: z.number(), kind: z.enum(STEP_MOVE_KINDS), missing: z.array(z.string()) })),
  careerPerspective: z.string().nullable(),
  ambition: z.string().nullable(),
  goalFunctionId: z.string().nullable(),
  goalCredentialId: z.string().nullable(),
  /** The goal credential is issued (core's rule): the path may be completed (afronden). */
  goalMet: z.boolean(),
  chosenRouteId: z.string().nullable(),
  learningRoute: learningRouteSchema.nullable(),
  learningHoursPerWeek: z.number().nullable(),
  trainerHoursPerWeek: z.number().nullable(),
  workplaceTrainerUserId: z.string().nullable(),
  startedOn: z.iso.date(),
  lastReviewedOn: z.iso.date().nullable(),
  nextReviewOn: z.iso.date().nullable(),
  trainingRequests: z.array(sentRequestView),
});

const offerView = z.object({
  id: z.string(),
  school: z.string(),
  title: z.string(),
  credentialId: z.string(),
  learningRoute: learningRouteSchema,
  format: deliveryFormatSchema,
  durationWeeks: z.number(),
  hoursPerWeek: z.number().nullable(),
  priceCents: z.number().nullable(),
  /** The earliest start moment that still has room (null on demand or when none has). */
  startDate: z.iso.date().nullable(),
  onDemand: z.boolean(),
  /** A learner can still be placed: an open start moment, or on demand with room. */
  available: z.boolean(),
  /** The offer leads to a credential of the chosen route and can still take a learner. */
  fitsPlan: z.boolean(),
});

/** Everything the 8-step wizard shows for one person: path state, plan, funding, offers and trainers. */
export const get = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.object({ personId: z.string().min(1) }))
  .output(
    z.object({
      person: z.object({
        id: z.string(),
        name: z.string(),
        functionId: z.string().nullable(),
        hoursPerWeek: z.number().nullable(),
      }),
      startingPoint: startingPointSchema,
      heldCredentials: z.array(
        z.object({
          credentialId: z.string(),
          kind: credentialKindSchema,
          issuedOn: z.iso.date(),
        }),
      ),
      path: pathView.nullable(),
      /** The person's ended paths at this employer, latest first: the history keeps each with why it ended. */
      endedPaths: z.array(endedPathSchema),
      plan: z
        .object({
          alreadyMet: z.boolean(),
          routes: z.array(routeViewSchema),
          chosenRoute: routeViewSchema.nullable(),
        })
        .nullable(),
      funding: z.array(fundingOptionSchema),
      offers: z.array(offerView),
      trainers: z.array(
        z.object({
          userId: z.string(),
          name: z.string(),
          hoursPerWeek: z.number().nullable(),
          plannedHoursPerWeek: z.number(),
        }),
      ),
    }),
  )
  .query(async ({ ctx, input }) => {
    const date = today();
    const person = await ownPerson(ctx, input.personId, {
      ...profileFacts(ctx.organizationId),
      evidence: true,
      credentials: true,
      fundingApplications: { where: scopeOwnedByEmployer(ctx.organizationId) },
      employments: {
        where: scopeOwnedByEmployer(ctx.organizationId),
        orderBy: { contractStart: "desc" },
        take: 1,
      },
      developmentPaths: {
        where: { ...scopeOwnedByEmployer(ctx.organizationId), status: "ACTIVE" },
        include: pathInclude,
        orderBy: { startedAt: "desc" },
        take: 1,
      },
    });
    const path = person.developmentPaths[0] ?? null;
    const state = path && loadedPathState(path, person);
    const employment = person.employments[0];
    const profile = toPersonProfile(person, person.evidence, person.credentials);
    const facts = await planFacts(ctx.prisma, ctx.organizationId, path);
    const plan = path ? chosenPlan(path, profile, facts, date) : null;
    const planForOffers = { route: plan?.route ?? null, goalCredentialId: path?.goalCredentialId ?? null };
    const regionCodes = await readRegionCodes(ctx.prisma, ctx.organizationId);
    const [offers, trainers, employerFacts, endedPaths] = await Promise.all([
      ctx.prisma.trainingOffer.findMany({
        where: scopePublishedTrainingOffers(regionCodes),
        include: { school: true, ...offerStartsInclude },
        orderBy: [{ title: "asc" }],
      }),
      workplaceTrainers(ctx.prisma, ctx.organizationId),
      employerFundingFacts(ctx.prisma, ctx.organizationId, date),
      readEndedPaths(ctx.prisma, ctx.organizationId, person.id),
    ]);
    const issued = person.credentials.map((c) => ({
      id: c.id,
      credentialId: c.credentialId,
      issuedOn: isoDate(c.issuedOn),
      superseded: c.supersededById !== null,
    }));
    const availability = await readOfferAvailability(ctx.prisma, offers, date);
    const trainingRequests = path ? await readSentRequests(ctx.prisma, path.trainingRequests, date) : [];
    return {
      person: {
        id: person.id,
        name: personName(person),
        functionId: employment?.functionId ?? null,
        hoursPerWeek: employment?.hoursPerWeek ?? null,
      },
      startingPoint: readStartingPoint(person.profile),
      heldCredentials: person.credentials
        .filter((c) => c.supersededById === null)
        .map((c) => ({ credentialId: c.credentialId, kind: c.kind, issuedOn: isoDate(c.issuedOn) })),
      path:
        path && state
          ? {
              id: path.id,
              status: path.status,
              currentStep: path.currentStep,
              steps: PATH_STEPS.map(({ step, title }) => {
                const done = path.stepRecords.filter((r) => r.step === step && r.completedAt).at(-1);
                return { step, title, completedOn: isoDateOrNull(done?.completedAt) };
              }),
              moves: availableMoves(state),
              careerPerspective: path.careerPerspective,
              ambition: path.ambition,
              goalFunctionId: path.goalFunctionId,
              goalCredentialId: path.goalCredentialId,
              goalMet:
                goalCredential(
                  { goalCredentialId: path.goalCredentialId, startedOn: isoDate(path.startedAt) },
                  issued,
                  date,
                ) !== null,
              chosenRouteId: plan?.route?.id ?? null,
              learningRoute: path.learningRoute,
              learningHoursPerWeek: path.learningHoursPerWeek,
              trainerHoursPerWeek: path.trainerHoursPerWeek,
              workplaceTrainerUserId: path.workplaceTrainerUserId,
              startedOn: isoDate(path.startedAt),
              lastReviewedOn: isoDateOrNull(path.lastReviewedAt),
              nextReviewOn: isoDateOrNull(path.nextReviewAt),
              trainingRequests,
            }
          : null,
      endedPaths,
      plan: plan ? { alreadyMet: plan.alreadyMet, routes: plan.routes, chosenRoute: plan.route } : null,
      funding: fundingOptionsFor(
        employerFacts,
        {
          employment,
          applications: person.fundingApplications,
          learningRoute: path?.learningRoute ?? null,
          trainingStart: person.enrolments[0]?.pokStartDate ?? null,
          pokSignedOn: person.enrolments[0]?.pokSignedOn ?? null,
        },
        date,
      ),
      offers: offers
        .map((o) => ({ ...o, availability: availability.get(o.id)! }))
        .map((o) => ({
          id: o.id,
          school: o.school.name,
          title: o.title,
          credentialId: o.credentialId,
          learningRoute: o.learningRoute,
          format: o.format,
          durationWeeks: o.durationWeeks,
          hoursPerWeek: o.hoursPerWeek,
          priceCents: o.priceCents,
          startDate: o.availability.openStarts[0]?.startsOn ?? null,
          onDemand: o.onDemand,
          available: o.availability.open,
          fitsPlan: offerFitsPlan({ credentialId: o.credentialId, open: o.availability.open }, planForOffers),
        }))
        .toSorted(
          (a, b) =>
            Number(b.fitsPlan) - Number(a.fitsPlan) ||
            Number(b.available) - Number(a.available) ||
            (a.startDate ?? "").localeCompare(b.startDate ?? ""),
        ),
      trainers: trainers.map(({ userId, name, hoursPerWeek, plannedHoursPerWeek }) => ({
        userId,
        name,
        hoursPerWeek,
        plannedHoursPerWeek,
      })),
    };
  });
