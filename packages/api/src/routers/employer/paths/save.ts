import { childcareCatalog, findCredential, findFunction, ROLES } from "@ontwikkelpad/core";
import { scopeMembershipsOfOrganization, type Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ownPath } from "../_shared/access.ts";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, plausibleDate, today } from "../../../shared/dates.ts";
import { learningRouteSchema } from "../../../shared/enums.ts";
import { startingPointSchema } from "../../../shared/person-profile.ts";
import { employerProcedure } from "../../../trpc.ts";

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
    learningRoute: learningRouteSchema,
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
  z.object({ step: z.literal(8), nextReviewOn: plausibleDate("datum van de volgende evaluatie", 2) }),
]);

/** Records what one step decided; the step's record keeps what was entered and by whom. */
export const save = employerProcedure
  .meta({ action: "employerMember" })
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
      if (!findCredential(childcareCatalog, data.goalCredentialId))
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
          role: ROLES.WORKPLACE_TRAINER,
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
      await audit(tx, ctx, `path.step${data.step}.save`, { entity: "DevelopmentPath", entityId: path.id });
    });
    return { ok: true as const };
  });
