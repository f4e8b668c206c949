import { scopeOwnedBySchool, type Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";

interface SchoolContext {
  prisma: Prisma.TransactionClient;
  organizationId: string;
}

/** A training request sent to this school, or NOT_FOUND whether it does not exist or went elsewhere. */
export async function ownTrainingRequest<I extends Prisma.TrainingRequestInclude>(
  ctx: SchoolContext,
  requestId: string,
  include?: I,
) {
  const request = await ctx.prisma.trainingRequest.findFirst({
    where: { AND: [{ id: requestId }, scopeOwnedBySchool(ctx.organizationId)] },
    include: include as I,
  });
  if (!request)
    throw new TRPCError({
      code: "NOT_FOUND",
      message: "Deze aanvraag bestaat niet of is niet aan jouw school gericht.",
    });
  return request as Prisma.TrainingRequestGetPayload<{ include: I }>;
}

/** A credential request sent to this school, or NOT_FOUND. */
export async function ownCredentialRequest<I extends Prisma.CredentialRequestInclude>(
  ctx: SchoolContext,
  requestId: string,
  include?: I,
) {
  const request = await ctx.prisma.credentialRequest.findFirst({
    where: { AND: [{ id: requestId }, scopeOwnedBySchool(ctx.organizationId)] },
    include: include as I,
  });
  if (!request)
    throw new TRPCError({
      code: "NOT_FOUND",
      message: "Deze aanvraag bestaat niet of is niet aan jouw school gericht.",
    });
  return request as Prisma.CredentialRequestGetPayload<{ include: I }>;
}

/**
 * A learner of this school: a person with an enrolment at it or a request sent to it; NOT_FOUND
 * whether the person does not exist or learns elsewhere.
 */
export async function ownLearner<I extends Prisma.PersonInclude>(
  ctx: SchoolContext,
  personId: string,
  include?: I,
) {
  const school = { schoolOrganizationId: ctx.organizationId };
  const person = await ctx.prisma.person.findFirst({
    where: {
      id: personId,
      OR: [
        { enrolments: { some: school } },
        { trainingRequests: { some: school } },
        { credentialRequests: { some: school } },
      ],
    },
    include: include as I,
  });
  if (!person)
    throw new TRPCError({
      code: "NOT_FOUND",
      message: "Deze persoon bestaat niet of is geen deelnemer van jouw school.",
    });
  return person as Prisma.PersonGetPayload<{ include: I }>;
}
