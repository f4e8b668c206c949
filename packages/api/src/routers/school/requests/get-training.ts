import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate, isoDateOrNull, today } from "../../../shared/dates.ts";
import { offerStartsInclude, readOfferAvailability } from "../../../shared/training-offers.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { readMissingRecognition } from "../../../shared/recognition.ts";
import {
  requestMessageSchema,
  requestMessagesInclude,
  requestMessagesView,
  trainingProposalSchema,
  trainingProposalView,
} from "../../../shared/request-messages.ts";
import { ownTrainingRequest } from "../_shared/school-access.ts";
import { learnerInclude, learnerView, learnerViewSchema } from "./learner.ts";
import { learningRouteSchema, trainingRequestStatusSchema } from "../../../shared/enums.ts";

/** One training request with the person's starting point and gap, and the school's offers to propose. */
export const getTraining = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.object({ requestId: z.string().min(1) }))
  .output(
    z.object({
      id: z.string(),
      status: trainingRequestStatusSchema,
      employer: z.string(),
      credentialId: z.string(),
      learningRoute: learningRouteSchema,
      requestedOffer: z.object({ id: z.string(), title: z.string() }).nullable(),
      message: z.string().nullable(),
      receivedOn: z.iso.date(),
      responseNote: z.string().nullable(),
      respondedOn: z.iso.date().nullable(),
      proposal: trainingProposalSchema,
      pathStep: z.number().nullable(),
      /** The enrolment made from this request, once the school enrolled the person. */
      enrolmentId: z.string().nullable(),
      /** What the employer lacks before the learner can be enrolled (an SBB recognition), or null. */
      recognitionWarning: z.string().nullable(),
      /** The school's messages to the employer on this request, oldest first. */
      messages: z.array(requestMessageSchema),
      learner: learnerViewSchema,
      offers: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          credentialId: z.string(),
          learningRoute: learningRouteSchema,
          priceCents: z.number().nullable(),
          onDemand: z.boolean(),
          /** Start moments that are neither past nor full: the dates a proposal may name. */
          openStarts: z.array(z.iso.date()),
          /** Why no learner can be placed now, or null. */
          closedReason: z.string().nullable(),
        }),
      ),
    }),
  )
  .query(async ({ ctx, input }) => {
    const request = await ownTrainingRequest(ctx, input.requestId, {
      employer: { select: { name: true } },
      trainingOffer: { select: { id: true, title: true } },
      developmentPath: { select: { currentStep: true, goalFunctionId: true } },
      enrolments: { select: { id: true }, orderBy: { createdAt: "desc" }, take: 1 },
      ...requestMessagesInclude,
    });
    const [person, offers, missingRecognition] = await Promise.all([
      ctx.prisma.person.findUniqueOrThrow({
        where: { id: request.personId },
        include: learnerInclude(request.employerOrganizationId),
      }),
      ctx.prisma.trainingOffer.findMany({
        where: { ...scopeOwnedBySchool(ctx.organizationId), archivedAt: null },
        include: offerStartsInclude,
        orderBy: [{ title: "asc" }],
      }),
      readMissingRecognition(ctx.prisma, request, today()),
    ]);
    const availability = await readOfferAvailability(ctx.prisma, offers, today());
    return {
      id: request.id,
      status: request.status,
      employer: request.employer.name,
      credentialId: request.credentialId,
      learningRoute: request.learningRoute,
      requestedOffer: request.trainingOffer,
      message: request.message,
      receivedOn: isoDate(request.createdAt),
      responseNote: request.responseNote,
      respondedOn: isoDateOrNull(request.respondedAt),
      proposal: trainingProposalView(request),
      pathStep: request.developmentPath?.currentStep ?? null,
      enrolmentId: request.enrolments[0]?.id ?? null,
      recognitionWarning: missingRecognition?.school ?? null,
      messages: requestMessagesView(request),
      learner: learnerView(person, request.credentialId, request.developmentPath?.goalFunctionId ?? null),
      offers: offers.map((o) => ({
        id: o.id,
        title: o.title,
        credentialId: o.credentialId,
        learningRoute: o.learningRoute,
        priceCents: o.priceCents,
        onDemand: o.onDemand,
        openStarts: availability.get(o.id)!.openStarts.map((start) => start.startsOn),
        closedReason: availability.get(o.id)!.reason,
      })),
    };
  });
