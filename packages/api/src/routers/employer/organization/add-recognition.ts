import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, plausibleDate } from "../../../shared/dates.ts";
import { learningRouteSchema, recognitionStatusSchema } from "../../../shared/enums.ts";
import { employerProcedure } from "../../../trpc.ts";
import { onlyAdmin } from "./messages.ts";

const newRecognitionInput = z.object({
  crebo: z
    .string()
    .trim()
    .regex(/^\d{5}$/, "Een crebonummer bestaat uit 5 cijfers."),
  learningRoute: learningRouteSchema,
  status: recognitionStatusSchema,
  recognisedFrom: plausibleDate("erkenningsdatum", 1).optional(),
  reviewDue: plausibleDate("herbeoordelingsdatum", 10).optional(),
});

export const addRecognition = employerProcedure
  .meta({ action: "manageOrganization" })
  .input(newRecognitionInput)
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, onlyAdmin);
    return ctx.prisma.$transaction(async (tx) => {
      const recognition = await tx.sbbRecognition.create({
        data: {
          employerOrganizationId: ctx.organizationId,
          crebo: input.crebo,
          learningRoute: input.learningRoute,
          status: input.status,
          recognisedFrom: input.recognisedFrom ? dateColumn(input.recognisedFrom) : null,
          reviewDue: input.reviewDue ? dateColumn(input.reviewDue) : null,
        },
      });
      await audit(tx, ctx, "sbbRecognition.create", { entity: "SbbRecognition", entityId: recognition.id });
      return { id: recognition.id };
    });
  });
