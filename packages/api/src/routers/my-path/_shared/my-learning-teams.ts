import { studentAccess } from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";
import { memberFacts, memberInclude } from "../../../shared/learning-team-students.ts";
import { requireOpen } from "../../../shared/learning-teams.ts";
import { notFound } from "../../../shared/own.ts";

const myMemberInclude = {
  ...memberInclude,
  learningTeam: {
    include: {
      host: { select: { name: true } },
      schools: {
        select: { schoolOrganizationId: true, status: true, school: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  },
  goals: { orderBy: { createdAt: "asc" } },
  reflections: { include: { supersededBy: true } },
} as const satisfies Prisma.LearningTeamMemberInclude;

/**
 * The person's places in learning teams: the members her schools linked to their enrolments of her,
 * each with what core's `studentAccess` lets her read as herself (her own goals, assessments and
 * reflections; nothing of another student).
 */
export async function myLearningTeamMembers(
  prisma: Prisma.TransactionClient,
  personId: string,
  where: Prisma.LearningTeamMemberWhereInput = {},
) {
  const members = await prisma.learningTeamMember.findMany({
    where: { AND: [where, { enrolment: { personId } }] },
    include: myMemberInclude,
    orderBy: { learningTeam: { startsOn: "desc" } },
  });
  return members.map((member) => ({
    member,
    access: studentAccess(member.learningTeam, memberFacts(member), { studentPersonId: personId }),
  }));
}

/**
 * One of the person's own places in an open learning team where she writes reflections, or the team's
 * NOT_FOUND: another student's place is not hers (core's `studentAccess`).
 */
export async function myOpenMember(
  prisma: Prisma.TransactionClient,
  personId: string,
  where: Prisma.LearningTeamMemberWhereInput,
) {
  const [mine] = await myLearningTeamMembers(prisma, personId, where);
  if (!mine?.access.writesReflections) throw notFound("myLearningTeam");
  requireOpen(mine.member.learningTeam);
  return mine.member;
}
