import type { Prisma } from "@ontwikkelpad/db";
import { own } from "../../../shared/own.ts";

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

/**
 * The persons a school may issue a credential to (a school issues only to its own learners): enrolled
 * there, with a training request it accepted, examined there (a result its examencommissie
 * established), or, for the credential asked, a credential request to it that waits or that it answered.
 */
export function issuingLearnerWhere(
  schoolOrganizationId: string,
  credentialId: string,
): Prisma.PersonWhereInput {
  return {
    OR: [
      { enrolments: { some: { schoolOrganizationId } } },
      { trainingRequests: { some: { schoolOrganizationId, status: "ACCEPTED" } } },
      // Establishing a result writes its FORMAL_EXAM evidence with the school.
      { evidence: { some: { schoolOrganizationId, kind: "FORMAL_EXAM" } } },
      {
        credentialRequests: {
          some: { schoolOrganizationId, credentialId, status: { in: ["SUBMITTED", "ISSUED"] } },
        },
      },
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
  return own(person, "learner") as Prisma.PersonGetPayload<{ include: I }>;
}
