import { scopeOwnedBySchool, type Prisma, type Role } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { type Authorization, requireAction } from "../../../shared/authorization.ts";
import { own } from "../../../shared/own.ts";

interface SchoolContext {
  prisma: Prisma.TransactionClient;
  organizationId: string;
}

/** One of the school's classes, or NOT_FOUND whether it does not exist or belongs to another school. */
export async function ownClass<I extends Prisma.SchoolClassInclude>(
  ctx: SchoolContext,
  classId: string,
  include?: I,
) {
  const schoolClass = await ctx.prisma.schoolClass.findFirst({
    where: { AND: [{ id: classId }, scopeOwnedBySchool(ctx.organizationId)] },
    include: include as I,
  });
  return own(schoolClass, "schoolClass") as Prisma.SchoolClassGetPayload<{ include: I }>;
}

/** Classes, their learners, adoptions and mentor team are arranged by the opleidingsadviseur. */
export function requireClassManager(ctx: { roles: Role[]; authorization: Authorization }): void {
  requireAction(ctx, "Alleen een opleidingsadviseur richt klassen en mentorteams in.");
}

/** The class's mentor team (one per class), made when its first member joins. */
export async function mentorTeamOf(
  tx: Prisma.TransactionClient,
  schoolClass: { id: string; name: string; schoolOrganizationId: string },
) {
  const team = await tx.mentorTeam.findFirst({
    where: { schoolClassId: schoolClass.id },
    orderBy: { createdAt: "asc" },
  });
  return (
    team ??
    tx.mentorTeam.create({
      data: {
        schoolClassId: schoolClass.id,
        schoolOrganizationId: schoolClass.schoolOrganizationId,
        name: `Mentorteam ${schoolClass.name}`,
      },
    })
  );
}

/**
 * Refuses a user who is not in the class's mentor team as one of the school's docenten: the team's
 * docent writes the reflection notes and sends signals to the regiegroep.
 */
export async function requireTeamDocent(
  ctx: SchoolContext & { roles: Role[]; authorization: Authorization; session: { userId: string } },
  classId: string,
  what: string,
): Promise<{ mentorTeamId: string }> {
  const membership = await ctx.prisma.mentorTeamMember.findFirst({
    where: {
      userId: ctx.session.userId,
      organizationId: ctx.organizationId,
      mentorTeam: { schoolClassId: classId, ...scopeOwnedBySchool(ctx.organizationId) },
    },
    select: { mentorTeamId: true },
  });
  const refusal = `Alleen de docent van het mentorteam ${what}. Vraag de opleidingsadviseur je aan het mentorteam toe te voegen.`;
  if (!membership) throw new TRPCError({ code: "FORBIDDEN", message: refusal });
  requireAction(ctx, refusal);
  return membership;
}
