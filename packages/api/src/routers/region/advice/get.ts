import {
  checkFundingEligibility,
  childcareCatalog,
  findFunction,
  languageLevelSchema,
  type PersonProfileInput,
} from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { hasConsentNow } from "../../../shared/consent.ts";
import { isoDateOrNull, today } from "../../../shared/dates.ts";
import { planView, routeViewSchema } from "../../../shared/plan-view.ts";
import { findCandidate, regionDeskProcedure } from "../_shared/region-desk.ts";

/**
 * The LWL advice note for a candidate and a goal function: the training routes from core's planner
 * (steps, leerweg, duration) and, for the first step of each route, core's funding check with the
 * amounts and the conditions not met yet. A candidate has no employer yet, so the employer's side is
 * taken as a recognised childcare employer and its preconditions are listed as still to arrange.
 * Needs the candidate's consent for advice to this region, in force now.
 */
export const get = regionDeskProcedure
  .meta({ action: "adviseCandidates" })
  .input(
    z.object({
      candidateId: z.string().min(1),
      goalFunctionId: z
        .string()
        .refine((id) => findFunction(childcareCatalog, id) !== undefined, "Kies een functie uit de lijst."),
    }),
  )
  .output(
    z.object({
      candidate: z.string(),
      goalFunction: z.string(),
      date: z.iso.date(),
      alreadyMet: z.boolean(),
      routes: z.array(
        routeViewSchema.extend({
          funding: z.array(
            z.object({
              title: z.string(),
              status: z.enum(["eligible", "not-eligible", "closed"]),
              amountEuro: z.number().nullable(),
              unmetConditions: z.array(z.string()),
            }),
          ),
        }),
      ),
    }),
  )
  .query(async ({ ctx, input }) => {
    requireAction(
      ctx,
      "Een LWL-advies maken de LWL-adviseurs en de regiecoördinator. Vraag hen om advies voor deze kandidaat.",
    );
    const candidate = await findCandidate(ctx, input.candidateId);
    if (!hasConsentNow(candidate.person, "ADVICE", ctx.regionOrganizationId))
      throw new TRPCError({
        code: "FORBIDDEN",
        message:
          "De kandidaat heeft geen toestemming voor advies gegeven. Leg die eerst vast bij de aanmelding.",
      });
    const language = languageLevelSchema.safeParse(candidate.languageLevel);
    const profile: PersonProfileInput = {
      credentials: [],
      evidence: [],
      languageLevels: language.success ? { mondeling: language.data } : {},
    };
    const date = today();
    const plan = planView(
      profile,
      { kind: "function", functionId: input.goalFunctionId },
      { recognitions: [], trainer: { assigned: false, hoursPerWeek: null } },
      date,
    );
    const hours = candidate.hoursPerWeek ?? 24;
    const start = isoDateOrNull(candidate.availableFrom) ?? date;
    await audit(ctx.prisma, ctx, "candidate.advice", {
      entity: "CandidateRegistration",
      entityId: candidate.id,
      details: { goalFunctionId: input.goalFunctionId },
    });
    return {
      candidate: `${candidate.person.givenName} ${candidate.person.familyName}`,
      goalFunction: findFunction(childcareCatalog, input.goalFunctionId)!.title,
      date,
      alreadyMet: plan.alreadyMet,
      routes: plan.routes.map((route) => {
        const first = route.steps[0];
        const funding = first
          ? checkFundingEligibility(childcareCatalog, {
              date,
              employer: { kind: "kinderopvang", recognisedTrainingCompany: true },
              person: { contractHoursPerWeek: hours, contractStart: start, contractEnd: null },
              // A candidate has no POK yet: the advice names the signed POK among what is still needed.
              path: { learningRoute: first.learningRoute, trainingStart: start, pokSignedOn: null },
            })
          : [];
        return {
          ...route,
          funding: funding.map((f) => ({
            title: f.title,
            status: f.status,
            amountEuro: f.amountEuro,
            unmetConditions: f.unmetConditions.map((u) => u.message),
          })),
        };
      }),
    };
  });
