import { z } from "zod";
import { isoDate, isoDateOrNull } from "../../../shared/dates.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { ownCredentialRequest } from "../_shared/school-access.ts";
import { learnerInclude, learnerView, learnerViewSchema } from "./learner.ts";
import { readPraktijkverklaringBasis } from "../_shared/praktijkverklaring-basis.ts";
import { credentialRequestStatusSchema } from "../../../shared/enums.ts";

/** One praktijkverklaring request: what the employer asked, what the school may state today, the person's gap. */
export const getCredential = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.object({ requestId: z.string().min(1) }))
  .output(
    z.object({
      id: z.string(),
      personId: z.string(),
      status: credentialRequestStatusSchema,
      employer: z.string(),
      credentialId: z.string(),
      message: z.string().nullable(),
      receivedOn: z.iso.date(),
      responseNote: z.string().nullable(),
      respondedOn: z.iso.date().nullable(),
      requestedWorkProcessIds: z.array(z.string()),
      /** What an issued praktijkverklaring would list now (co-signed, mastered, in a recognised leerbedrijf). */
      issuableWorkProcessIds: z.array(z.string()),
      recognised: z.boolean(),
      crebo: z.string().nullable(),
      issued: z
        .object({
          id: z.string(),
          issuedOn: z.iso.date(),
          workProcessIds: z.array(z.string()),
          /** A correction replaced it: when and why. */
          superseded: z.object({ on: z.iso.date(), reason: z.string() }).nullable(),
        })
        .nullable(),
      learner: learnerViewSchema,
    }),
  )
  .query(async ({ ctx, input }) => {
    const request = await ownCredentialRequest(ctx, input.requestId, {
      employer: { select: { name: true } },
      issuedCredential: true,
      developmentPath: { select: { goalFunctionId: true } },
    });
    const [person, basis] = await Promise.all([
      ctx.prisma.person.findUniqueOrThrow({
        where: { id: request.personId },
        include: learnerInclude(request.employerOrganizationId),
      }),
      readPraktijkverklaringBasis(ctx.prisma, request),
    ]);
    return {
      id: request.id,
      personId: request.personId,
      status: request.status,
      employer: request.employer.name,
      credentialId: request.credentialId,
      message: request.message,
      receivedOn: isoDate(request.createdAt),
      responseNote: request.responseNote,
      respondedOn: isoDateOrNull(request.respondedAt),
      requestedWorkProcessIds: request.workProcessIds,
      issuableWorkProcessIds: basis.workProcessIds,
      recognised: basis.recognised,
      crebo: basis.crebo,
      issued: request.issuedCredential
        ? {
            id: request.issuedCredential.id,
            issuedOn: isoDate(request.issuedCredential.issuedOn),
            workProcessIds: request.issuedCredential.workProcessIds,
            superseded: request.issuedCredential.supersededAt
              ? {
                  on: isoDate(request.issuedCredential.supersededAt),
                  reason: request.issuedCredential.supersededReason ?? "",
                }
              : null,
          }
        : null,
      learner: learnerView(person, request.credentialId, request.developmentPath?.goalFunctionId ?? null),
    };
  });
