import type { Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";

/** The school's learners: persons with an enrolment, a training request or a praktijkverklaring request there. */
export function schoolLearnerWhere(schoolOrganizationId: string): Prisma.PersonWhereInput {
  return {
    OR: [
      { enrolments: { some: { schoolOrganizationId } } },
      { trainingRequests: { some: { schoolOrganizationId } } },
      { credentialRequests: { some: { schoolOrganizationId } } },
    ],
  };
}

/** One of the school's learners, or the same NOT_FOUND whether the person does not exist or is another school's. */
export async function ownLearner<I extends Prisma.PersonInclude>(
  ctx: { prisma: Prisma.TransactionClient; organizationId: string },
  personId: string,
  include?: I,
) {
  const person = await ctx.prisma.person.findFirst({
    where: { AND: [{ id: personId }, schoolLearnerWhere(ctx.organizationId)] },
    include: include as I,
  });
  if (!person)
    throw new TRPCError({
      code: "NOT_FOUND",
      message: "Deze deelnemer bestaat niet of hoort niet bij jouw school.",
    });
  return person as Prisma.PersonGetPayload<{ include: I }>;
}
