import { scopeOwnedBySchool, type Prisma } from "@ontwikkelpad/db";
import { own } from "../../../shared/own.ts";

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
  return own(request, "request") as Prisma.TrainingRequestGetPayload<{ include: I }>;
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
  return own(request, "request") as Prisma.CredentialRequestGetPayload<{ include: I }>;
}

/** An enrolment of this school, or NOT_FOUND whether it does not exist or belongs to another school. */
export async function ownEnrolment<I extends Prisma.EnrolmentInclude>(
  ctx: SchoolContext,
  enrolmentId: string,
  include?: I,
) {
  const enrolment = await ctx.prisma.enrolment.findFirst({
    where: { AND: [{ id: enrolmentId }, scopeOwnedBySchool(ctx.organizationId)] },
    include: include as I,
  });
  return own(enrolment, "enrolment") as Prisma.EnrolmentGetPayload<{ include: I }>;
}
