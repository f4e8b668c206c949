import {
  PATH_STEPS,
  allowedTransitions,
  childcareCatalog,
  findFunction,
  goalSchema,
  missingToLeave,
  transition,
  type PathState,
} from "@ontwikkelpad/core";
import {
  scopeMembershipsOfOrganization,
  scopeOwnedByEmployer,
  scopePublishedTrainingOffers,
  type DevelopmentPath,
  type Prisma,
} from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../audit.ts";
import { dateColumn, isoDate, isoDateOrNull, today } from "../../dates.ts";
import { personName, readStartingPoint, startingPointSchema, toPersonProfile } from "../../person-profile.ts";
import { offerStartsInclude, readOfferAvailability, readRegionCodes } from "../../training-offers.ts";
import { employerProcedure, router } from "../../trpc.ts";
import { ownPath, ownPerson } from "./access.ts";
import { employerFundingFacts, fundingOptionSchema, fundingOptionsFor } from "./funding.ts";
import { workplaceTrainers } from "./organisation.ts";
import { chosenPlan, planView, planViewSchema, routeViewSchema, type PlanFacts } from "./plan-view.ts";

const OPEN_REQUEST = ["SUBMITTED", "ACCEPTED"] as const;

const pathInclude = {
  stepRecords: { orderBy: { createdAt: "asc" } },
  trainingRequests: { include: { school: true, trainingOffer: true }, orderBy: { createdAt: "desc" } },
} satisfies Prisma.DevelopmentPathInclude;
/** What the 8-step machine reads of a stored path: its fields, the steps marked completed and the status of each training request. */
type StoredPath = Pick<
  DevelopmentPath,
  | "currentStep"
  | "careerPerspective"
  | "ambition"
  | "goalFunctionId"
  | "goalCredentialId"
  | "learningHoursPerWeek"
  | "trainerHoursPerWeek"
  | "nextReviewAt"
> & {
  completedSteps: readonly number[];
  trainingRequestStatuses: readonly string[];
};

/** The 8-step machine's view of a stored path; a stored startpunt profile counts as step 1 recorded. */
export function pathState(path: StoredPath, hasProfile: boolean): PathState {
  return {
    step: path.currentStep,
    startingPointRecorded: hasProfile || path.completedSteps.includes(1),
    careerPerspective: path.careerPerspective,
    ambition: path.ambition,
    goalChosen: Boolean(path.goalFunctionId || path.goalCredentialId),
    hoursAgreed: path.learningHoursPerWeek !== null && path.trainerHoursPerWeek !== null,
    trainingRequestSent: path.trainingRequestStatuses.some((status) =>
      (OPEN_REQUEST as readonly string[]).includes(status),
    ),
    nextReviewOn: isoDateOrNull(path.nextReviewAt),
  };
}

/** `pathState` of a path loaded with `pathInclude`. */
function loadedPathState(
  path: Prisma.DevelopmentPathGetPayload<{ include: typeof pathInclude }>,
  person: { profile: Prisma.JsonValue },
): PathState {
  const completedSteps = path.stepRecords.filter((r) => r.completedAt).map((r) => r.step);
  return pathState(
    { ...path, completedSteps, trainingRequestStatuses: path.trainingRequests.map((r) => r.status) },
    person.profile !== null,
  );
}

async function planFacts(
  prisma: Prisma.TransactionClient,
  organizationId: string,
  path: { workplaceTrainerUserId: string | null; trainerHoursPerWeek: number | null } | null,
): Promise<PlanFacts> {
  const recognitions = await prisma.sbbRecognition.findMany({
    where: scopeOwnedByEmployer(organizationId),
    select: { crebo: true, learningRoute: true, status: true },
  });
  return {
    recognitions,
    trainer: {
      assigned: Boolean(path?.workplaceTrainerUserId),
      hoursPerWeek: path?.trainerHoursPerWeek ?? null,
    },
  };
}

const stepSaveInput = z.discriminatedUnion("step", [
  z.object({ step: z.literal(1), startingPoint: startingPointSchema }),
  z.object({
    step: z.literal(2),
    careerPerspective: z.string().trim().min(1, "Beschrijf het loopbaanperspectief.").max(2000),
  }),
  z.object({ step: z.literal(3), ambition: z.string().trim().min(1, "Beschrijf de ambitie.").max(2000) }),
  z.object({
    step: z.literal(4),
    goalFunctionId: z.string().nullable(),
    /** The credential worked towards now (the route's first step, or a loose diploma/certificate/praktijkverklaring). */
    goalCredentialId: z.string().min(1, "Kies een route of een diploma, certificaat of praktijkverklaring."),
    routeId: z.string().nullable(),
    learningRoute: z.enum(["BOL", "BBL", "DERDE_LEERWEG"]),
  }),
  z.object({
    step: z.literal(6),
    learningHoursPerWeek: z
      .number({ error: "Vul de leeruren per week in." })
      .min(0)
      .max(40, "Meer dan 40 leeruren per week kan niet."),
    trainerHoursPerWeek: z
      .number({ error: "Vul de uren van de praktijkopleider in." })
      .min(0)
      .max(40, "Meer dan 40 uur per week kan niet."),
    workplaceTrainerUserId: z.string().min(1, "Kies een praktijkopleider."),
  }),
  z.object({ step: z.literal(8), nextReviewOn: z.iso.date("Vul een geldige datum in.") }),
]);

const pathView = z.object({
  id: z.string(),
  status: z.enum(["ACTIVE", "COMPLETED", "STOPPED"]),
  currentStep: z.number(),
  steps: z.array(z.object({ step: z.number(), title: z.string(), completedOn: z.iso.date().nullable() })),
  missingToLeave: z.array(z.string()),
  allowedSteps: z.array(z.number()),
  careerPerspective: z.string().nullable(),
  ambition: z.string().nullable(),
  goalFunctionId: z.string().nullable(),
  goalCredentialId: z.string().nullable(),
  chosenRouteId: z.string().nullable(),
  learningRoute: z.enum(["BOL", "BBL", "DERDE_LEERWEG"]).nullable(),
  learningHoursPerWeek: z.number().nullable(),
  trainerHoursPerWeek: z.number().nullable(),
  workplaceTrainerUserId: z.string().nullable(),
  startedOn: z.iso.date(),
  lastReviewedOn: z.iso.date().nullable(),
  nextReviewOn: z.iso.date().nullable(),
  trainingRequests: z.array(
    z.object({
      id: z.string(),
      school: z.string(),
      offer: z.string().nullable(),
      credentialId: z.string(),
      status: z.enum(["SUBMITTED", "ACCEPTED", "DECLINED", "WITHDRAWN"]),
      sentOn: z.iso.date(),
      responseNote: z.string().nullable(),
      /** The school's proposal when it accepted; `acceptedOn` once the employer agreed. */
      proposal: z
        .object({
          startDate: z.iso.date(),
          schedule: z.string(),
          priceCents: z.number().nullable(),
          acceptedOn: z.iso.date().nullable(),
        })
        .nullable(),
    }),
  ),
});

const offerView = z.object({
  id: z.string(),
  school: z.string(),
  title: z.string(),
  credentialId: z.string(),
  learningRoute: z.enum(["BOL", "BBL", "DERDE_LEERWEG"]),
  format: z.enum(["ON_SITE", "HYBRID", "ONLINE", "AT_WORKPLACE"]),
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

export const pathsRouter = router({
  /** Everything the 8-step wizard shows for one person: path state, plan, funding, offers and trainers. */
  get: employerProcedure
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
            kind: z.enum(["DIPLOMA", "CERTIFICATE", "PRAKTIJKVERKLARING"]),
            issuedOn: z.iso.date(),
          }),
        ),
        path: pathView.nullable(),
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
        evidence: true,
        credentials: true,
        fundingApplications: { where: scopeOwnedByEmployer(ctx.organizationId) },
        enrolments: {
          where: scopeOwnedByEmployer(ctx.organizationId),
          orderBy: { createdAt: "desc" },
          take: 1,
        },
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
      const employment = person.employments[0];
      const profile = toPersonProfile(person, person.evidence, person.credentials);
      const facts = await planFacts(ctx.prisma, ctx.organizationId, path);
      const plan = path ? chosenPlan(path, profile, facts, date) : null;
      const routeCredentials = new Set(
        plan?.route?.steps.map((s) => s.credentialId) ??
          (path?.goalCredentialId ? [path.goalCredentialId] : []),
      );
      const regionCodes = await readRegionCodes(ctx.prisma, ctx.organizationId);
      const [offers, trainers, employerFacts] = await Promise.all([
        ctx.prisma.trainingOffer.findMany({
          where: scopePublishedTrainingOffers(regionCodes),
          include: { school: true, ...offerStartsInclude },
          orderBy: [{ title: "asc" }],
        }),
        workplaceTrainers(ctx.prisma, ctx.organizationId),
        employerFundingFacts(ctx.prisma, ctx.organizationId, date),
      ]);
      const availability = await readOfferAvailability(ctx.prisma, offers, date);
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
        path: path
          ? {
              id: path.id,
              status: path.status,
              currentStep: path.currentStep,
              steps: PATH_STEPS.map(({ step, title }) => {
                const done = path.stepRecords.filter((r) => r.step === step && r.completedAt).at(-1);
                return { step, title, completedOn: isoDateOrNull(done?.completedAt) };
              }),
              missingToLeave: missingToLeave(loadedPathState(path, person)),
              allowedSteps: allowedTransitions(path.currentStep),
              careerPerspective: path.careerPerspective,
              ambition: path.ambition,
              goalFunctionId: path.goalFunctionId,
              goalCredentialId: path.goalCredentialId,
              chosenRouteId: plan?.route?.id ?? null,
              learningRoute: path.learningRoute,
              learningHoursPerWeek: path.learningHoursPerWeek,
              trainerHoursPerWeek: path.trainerHoursPerWeek,
              workplaceTrainerUserId: path.workplaceTrainerUserId,
              startedOn: isoDate(path.startedAt),
              lastReviewedOn: isoDateOrNull(path.lastReviewedAt),
              nextReviewOn: isoDateOrNull(path.nextReviewAt),
              trainingRequests: path.trainingRequests.map((r) => ({
                id: r.id,
                school: r.school.name,
                offer: r.trainingOffer?.title ?? null,
                credentialId: r.credentialId,
                status: r.status,
                sentOn: isoDate(r.createdAt),
                responseNote: r.responseNote,
                proposal: r.proposedStartDate
                  ? {
                      startDate: isoDate(r.proposedStartDate),
                      schedule: r.proposedSchedule ?? "",
                      priceCents: r.proposedPriceCents,
                      acceptedOn: isoDateOrNull(r.proposalAcceptedAt),
                    }
                  : null,
              })),
            }
          : null,
        plan: plan ? { alreadyMet: plan.alreadyMet, routes: plan.routes, chosenRoute: plan.route } : null,
        funding: fundingOptionsFor(
          employerFacts,
          {
            employment,
            applications: person.fundingApplications,
            learningRoute: path?.learningRoute ?? null,
            trainingStart: person.enrolments[0]?.pokStartDate ?? null,
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
            // A full or past start moment is never the best fit.
            fitsPlan: routeCredentials.has(o.credentialId) && o.availability.open,
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
    }),

  /** Alternative routes to a goal side by side, before one is chosen (step 4). */
  routes: employerProcedure
    .input(z.object({ personId: z.string().min(1), goal: goalSchema }))
    .output(planViewSchema)
    .query(async ({ ctx, input }) => {
      const person = await ownPerson(ctx, input.personId, {
        evidence: true,
        credentials: true,
        developmentPaths: {
          where: { ...scopeOwnedByEmployer(ctx.organizationId), status: "ACTIVE" },
          take: 1,
        },
      });
      const facts = await planFacts(ctx.prisma, ctx.organizationId, person.developmentPaths[0] ?? null);
      return planView(
        toPersonProfile(person, person.evidence, person.credentials),
        input.goal,
        facts,
        today(),
      );
    }),

  /** Starts an Ontwikkelpad at step 1 for a person who has none running. */
  start: employerProcedure
    .input(z.object({ personId: z.string().min(1) }))
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await ownPerson(ctx, input.personId);
      return ctx.prisma.$transaction(async (tx) => {
        const running = await tx.developmentPath.findFirst({
          where: { ...scopeOwnedByEmployer(ctx.organizationId), personId: input.personId, status: "ACTIVE" },
        });
        if (running)
          throw new TRPCError({
            code: "CONFLICT",
            message: "Deze persoon heeft al een lopend Ontwikkelpad.",
          });
        const path = await tx.developmentPath.create({
          data: { personId: input.personId, employerOrganizationId: ctx.organizationId },
        });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "path.start",
          entityType: "DevelopmentPath",
          entityId: path.id,
          ip: ctx.ip,
        });
        return { id: path.id };
      });
    }),

  /** Records what one step decided; the step's record keeps what was entered and by whom. */
  save: employerProcedure
    .input(z.object({ pathId: z.string().min(1), data: stepSaveInput }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const path = await ownPath(ctx, input.pathId);
      if (path.status !== "ACTIVE")
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "Dit Ontwikkelpad is afgesloten en kan niet meer worden gewijzigd.",
        });
      const { data } = input;
      if (data.step === 4) {
        if (data.goalFunctionId && !findFunction(childcareCatalog, data.goalFunctionId))
          throw new TRPCError({ code: "BAD_REQUEST", message: "Kies een functie uit de lijst." });
        const known = [
          ...childcareCatalog.qualifications,
          ...childcareCatalog.certificates,
          ...childcareCatalog.praktijkverklaringTemplates,
        ].some((c) => c.id === data.goalCredentialId);
        if (!known)
          throw new TRPCError({
            code: "BAD_REQUEST",
            message: "Kies een diploma, certificaat of praktijkverklaring uit de lijst.",
          });
      }
      if (data.step === 6) {
        const trainer = await ctx.prisma.membership.findFirst({
          where: {
            ...scopeMembershipsOfOrganization(ctx.organizationId),
            userId: data.workplaceTrainerUserId,
            role: "WORKPLACE_TRAINER",
          },
        });
        if (!trainer)
          throw new TRPCError({
            code: "BAD_REQUEST",
            message: "Kies een praktijkopleider van jouw organisatie.",
          });
      }
      await ctx.prisma.$transaction(async (tx) => {
        switch (data.step) {
          case 1:
            await tx.person.update({ where: { id: path.personId }, data: { profile: data.startingPoint } });
            break;
          case 2:
            await tx.developmentPath.update({
              where: { id: path.id },
              data: { careerPerspective: data.careerPerspective },
            });
            break;
          case 3:
            await tx.developmentPath.update({ where: { id: path.id }, data: { ambition: data.ambition } });
            break;
          case 4:
            await tx.developmentPath.update({
              where: { id: path.id },
              data: {
                goalFunctionId: data.goalFunctionId,
                goalCredentialId: data.goalCredentialId,
                chosenRoute: data.routeId,
                learningRoute: data.learningRoute,
              },
            });
            break;
          case 6:
            await tx.developmentPath.update({
              where: { id: path.id },
              data: {
                learningHoursPerWeek: data.learningHoursPerWeek,
                trainerHoursPerWeek: data.trainerHoursPerWeek,
                workplaceTrainerUserId: data.workplaceTrainerUserId,
              },
            });
            break;
          case 8:
            if (data.nextReviewOn <= today())
              throw new TRPCError({
                code: "BAD_REQUEST",
                message: "Kies een evaluatiedatum in de toekomst.",
              });
            await tx.developmentPath.update({
              where: { id: path.id },
              data: { nextReviewAt: dateColumn(data.nextReviewOn) },
            });
            break;
        }
        await tx.pathStepRecord.create({
          data: { developmentPathId: path.id, step: data.step, data: data as Prisma.InputJsonValue },
        });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: `path.step${data.step}.save`,
          entityType: "DevelopmentPath",
          entityId: path.id,
          ip: ctx.ip,
        });
      });
      return { ok: true as const };
    }),

  /** Moves to another step under core's rules: forward only when the current step is complete; 8 → 3 is a review. */
  move: employerProcedure
    .input(z.object({ pathId: z.string().min(1), to: z.number().int().min(1).max(8) }))
    .output(z.object({ currentStep: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const path = await ownPath(ctx, input.pathId, { ...pathInclude, person: true });
      if (path.status !== "ACTIVE")
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "Dit Ontwikkelpad is afgesloten en kan niet meer worden gewijzigd.",
        });
      let next;
      try {
        next = transition(loadedPathState(path, path.person), input.to);
      } catch (error) {
        throw new TRPCError({ code: "BAD_REQUEST", message: (error as Error).message, cause: error });
      }
      const forward = input.to > path.currentStep;
      const review = path.currentStep === 8 && input.to === 3;
      await ctx.prisma.$transaction(async (tx) => {
        await tx.developmentPath.update({
          where: { id: path.id },
          data: { currentStep: next.step, ...(review ? { lastReviewedAt: new Date() } : {}) },
        });
        if (forward || review) {
          await tx.pathStepRecord.create({
            data: {
              developmentPathId: path.id,
              step: path.currentStep,
              completedAt: new Date(),
              completedByUserId: ctx.session.userId,
            },
          });
        }
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: review ? "path.review" : "path.move",
          entityType: "DevelopmentPath",
          entityId: path.id,
          data: { from: path.currentStep, to: next.step },
          ip: ctx.ip,
        });
      });
      return { currentStep: next.step };
    }),

  /** Step 7: asks a school to take the person on one of its published offers. */
  requestTraining: employerProcedure
    .input(
      z.object({
        pathId: z.string().min(1),
        offerId: z.string().min(1),
        message: z.string().trim().max(2000).optional(),
      }),
    )
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const path = await ownPath(ctx, input.pathId);
      const offer = await ctx.prisma.trainingOffer.findFirst({
        where: {
          AND: [
            { id: input.offerId },
            scopePublishedTrainingOffers(await readRegionCodes(ctx.prisma, ctx.organizationId)),
          ],
        },
      });
      if (!offer)
        throw new TRPCError({
          code: "NOT_FOUND",
          message: "Dit scholingsaanbod bestaat niet (meer). Kies een ander aanbod.",
        });
      return ctx.prisma.$transaction(async (tx) => {
        const pending = await tx.trainingRequest.findFirst({
          where: { developmentPathId: path.id, trainingOfferId: offer.id, status: { in: [...OPEN_REQUEST] } },
        });
        if (pending)
          throw new TRPCError({ code: "CONFLICT", message: "Voor dit aanbod is al een aanvraag verstuurd." });
        const request = await tx.trainingRequest.create({
          data: {
            employerOrganizationId: ctx.organizationId,
            schoolOrganizationId: offer.schoolOrganizationId,
            personId: path.personId,
            developmentPathId: path.id,
            trainingOfferId: offer.id,
            credentialId: offer.credentialId,
            learningRoute: offer.learningRoute,
            message: input.message || null,
          },
        });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "trainingRequest.create",
          entityType: "TrainingRequest",
          entityId: request.id,
          ip: ctx.ip,
        });
        return { id: request.id };
      });
    }),
});
