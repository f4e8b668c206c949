import { childcareCatalog, currentAdvice, findFunction, findWorkProcess } from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { referralPersonFacts } from "../../../shared/consent.ts";
import { isoDateOrNull } from "../../../shared/dates.ts";
import { learningRouteSchema } from "../../../shared/enums.ts";

/**
 * What a referral's person query loads beside the consent facts: the region's intake of the referring
 * region and the advice notes it gave (never a concept). Shown only while the consent to share with
 * this employer is in force (`referralIntake`).
 */
export const referralPersonWithIntake = {
  select: {
    ...referralPersonFacts.select,
    registration: {
      select: {
        regionOrganizationId: true,
        erasedAt: true,
        availableFrom: true,
        hoursPerWeek: true,
        languageLevel: true,
        experience: true,
        experienceYears: true,
        workProcessIds: true,
        adviceNotes: {
          where: { status: { not: "CONCEPT" } },
          select: {
            id: true,
            version: true,
            status: true,
            supersedesId: true,
            goalFunctionId: true,
            routeId: true,
            routeTitle: true,
            learningRoute: true,
            durationMonths: true,
            givenAt: true,
          },
        },
      },
    },
  },
} as const satisfies { select: Prisma.PersonSelect };

type IntakeRow = NonNullable<Prisma.PersonGetPayload<typeof referralPersonWithIntake>["registration"]>;

export const referralIntakeSchema = z.object({
  availableFrom: z.iso.date().nullable(),
  hoursPerWeek: z.number().nullable(),
  languageLevel: z.string().nullable(),
  experience: z.string().nullable(),
  experienceYears: z.number().nullable(),
  workProcesses: z.array(z.object({ id: z.string(), code: z.string(), title: z.string() })),
  /** The route of the advice that holds now (core's `currentAdvice`), or null when none was given. */
  advisedRoute: z
    .object({
      goalFunctionId: z.string(),
      goalFunction: z.string(),
      routeId: z.string(),
      routeTitle: z.string(),
      learningRoute: learningRouteSchema.nullable(),
      durationMonths: z.number(),
      givenOn: z.iso.date().nullable(),
    })
    .nullable(),
});
export type ReferralIntake = z.infer<typeof referralIntakeSchema>;

/**
 * The intake that matters for hiring, of the region that referred the candidate, or null when that
 * region holds none (never registered there, or erased). The caller decides, by the consent to share,
 * whether it may be shown at all.
 */
export function referralIntake(
  registration: IntakeRow | null,
  regionOrganizationId: string,
): ReferralIntake | null {
  if (!registration || registration.erasedAt || registration.regionOrganizationId !== regionOrganizationId)
    return null;
  const advice = currentAdvice(registration.adviceNotes);
  return {
    availableFrom: isoDateOrNull(registration.availableFrom),
    hoursPerWeek: registration.hoursPerWeek,
    languageLevel: registration.languageLevel,
    experience: registration.experience,
    experienceYears: registration.experienceYears,
    workProcesses: registration.workProcessIds.flatMap((id) => {
      const wp = findWorkProcess(childcareCatalog, id);
      return wp ? [{ id, code: wp.code, title: wp.title }] : [];
    }),
    advisedRoute: advice
      ? {
          goalFunctionId: advice.goalFunctionId,
          goalFunction: findFunction(childcareCatalog, advice.goalFunctionId)?.title ?? advice.goalFunctionId,
          routeId: advice.routeId,
          routeTitle: advice.routeTitle,
          learningRoute: advice.learningRoute,
          durationMonths: advice.durationMonths,
          givenOn: isoDateOrNull(advice.givenAt),
        }
      : null,
  };
}
