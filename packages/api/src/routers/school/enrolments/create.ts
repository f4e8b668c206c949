import { ENDED_POK_STATUSES } from "@ontwikkelpad/core";
import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { today } from "../../../shared/dates.ts";
import { readMissingRecognition } from "../../../shared/recognition.ts";
import { ownTrainingRequest } from "../_shared/school-access.ts";
import { schoolProcedure } from "../../../trpc.ts";

/**
 * Enrols the person of an accepted proposal, with a draft POK. Refused, saying what is missing, while
 * the employer holds no SBB recognition for the credential's crebo.
 */
export const create = schoolProcedure
  .meta({ action: "enrolLearners" })
  .input(z.object({ trainingRequestId: z.string().min(1) }))
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, "Alleen een opleidingsadviseur schrijft deelnemers in.");
    const request = await ownTrainingRequest(ctx, input.trainingRequestId, {
      developmentPath: { select: { workplaceTrainerUserId: true } },
    });
    if (request.status !== "ACCEPTED" || !request.proposalAcceptedAt)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Schrijf in nadat de werkgever het voorstel heeft geaccepteerd.",
      });
    const missingRecognition = await readMissingRecognition(ctx.prisma, request, today());
    if (missingRecognition) throw new TRPCError({ code: "BAD_REQUEST", message: missingRecognition.school });
    const employment = await ctx.prisma.employment.findFirst({
      where: { personId: request.personId, ...scopeOwnedByEmployer(request.employerOrganizationId) },
      orderBy: { contractStart: "desc" },
      select: { locationId: true, hoursPerWeek: true },
    });
    return ctx.prisma.$transaction(async (tx) => {
      const running = await tx.enrolment.findFirst({
        where: { trainingRequestId: request.id, pokStatus: { notIn: [...ENDED_POK_STATUSES] } },
      });
      if (running) throw new TRPCError({ code: "CONFLICT", message: "Deze deelnemer is al ingeschreven." });
      const enrolment = await tx.enrolment.create({
        data: {
          schoolOrganizationId: ctx.organizationId,
          employerOrganizationId: request.employerOrganizationId,
          personId: request.personId,
          trainingOfferId: request.trainingOfferId,
          trainingRequestId: request.id,
          credentialId: request.credentialId,
          learningRoute: request.learningRoute,
          locationId: employment?.locationId ?? null,
          workplaceTrainerUserId: request.developmentPath?.workplaceTrainerUserId ?? null,
          pokStartDate: request.proposedStartDate,
          // Hours at the workplace: the employment's, not the offer's lesson hours at school.
          pokHoursPerWeek: employment?.hoursPerWeek ?? null,
        },
      });
      await audit(tx, ctx, "enrolment.create", {
        entity: "Enrolment",
        entityId: enrolment.id,
        details: { trainingRequestId: request.id },
      });
      return { id: enrolment.id };
    });
  });
