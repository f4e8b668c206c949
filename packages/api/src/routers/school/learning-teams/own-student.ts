import { studentAccess } from "@ontwikkelpad/core";
import { scopeLearningTeamsForSchool, type Prisma } from "@ontwikkelpad/db";
import { memberFacts, memberInclude } from "../../../shared/learning-team-students.ts";
import { requireOpen } from "../../../shared/learning-teams.ts";
import { notFound, type OwnedResource } from "../../../shared/own.ts";

interface SchoolContext {
  prisma: Prisma.TransactionClient;
  organizationId: string;
}

/**
 * A student of the school in one of its open learning teams, or NOT_FOUND: another school's student in
 * the same team is not the school's to set goals for or assess (core's `studentAccess`).
 */
export async function ownStudent(
  ctx: SchoolContext,
  where: Prisma.LearningTeamMemberWhereInput,
  resource: OwnedResource,
) {
  const member = await ctx.prisma.learningTeamMember.findFirst({
    where: { AND: [where, { learningTeam: scopeLearningTeamsForSchool(ctx.organizationId) }] },
    include: {
      ...memberInclude,
      learningTeam: { include: { schools: { select: { schoolOrganizationId: true, status: true } } } },
    },
  });
  if (
    !member ||
    !studentAccess(member.learningTeam, memberFacts(member), { organizationId: ctx.organizationId })
      .readsAssessments
  )
    throw notFound(resource);
  requireOpen(member.learningTeam);
  return member;
}
