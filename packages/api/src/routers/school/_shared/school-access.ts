import { scopeOwnedBySchool, type Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";

interface SchoolContext {
  prisma: Prisma.TransactionClient;
  organizationId: string;
}

/** The row, or NOT_FOUND with `message`: whether it does not exist or belongs to another school. */
function orNotFound<T>(row: T | null, message: string): T {
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message });
  return row;
}

const REQUEST_NOT_FOUND = "Deze aanvraag bestaat niet of is niet aan jouw school gericht.";

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
  return orNotFound(request, REQUEST_NOT_FOUND) as Prisma.TrainingRequestGetPayload<{ include: I }>;
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
  return orNotFound(request, REQUEST_NOT_FOUND) as Prisma.CredentialRequestGetPayload<{ include: I }>;
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
  return orNotFound(
    enrolment,
    "Deze inschrijving bestaat niet of hoort niet bij jouw school.",
  ) as Prisma.EnrolmentGetPayload<{ include: I }>;
}
