import { z } from "zod";
import { isoDate, isoDateOrNull } from "../../shared/dates.ts";
import { openEmployeeViewLink } from "../../shared/employee-view.ts";
import {
  goalSchema,
  goalView,
  reflectionSchema,
  reflectionViews,
} from "../../shared/learning-team-students.ts";
import { programmeTitle } from "../../shared/learning-teams.ts";
import { publicProcedure } from "../../trpc.ts";
import { myLearningTeamMembers } from "./_shared/my-learning-teams.ts";

/**
 * The learning teams the employee takes part in as a student, through the link HR gave them: the team
 * (host, question, period, coach, its schools), her own goals with her school's assessments and her own
 * reflections; never another student's goals, assessments or reflections.
 */
export const learningTeams = publicProcedure
  .input(z.object({ token: z.string().min(10).max(100) }))
  .output(
    z.array(
      z.object({
        memberId: z.string(),
        name: z.string(),
        host: z.string(),
        question: z.string(),
        teamCoachName: z.string(),
        startsOn: z.iso.date(),
        endsOn: z.iso.date(),
        closedOn: z.iso.date().nullable(),
        schools: z.array(z.string()),
        programme: z.string(),
        goals: z.array(goalSchema),
        reflections: z.array(reflectionSchema),
        /** Whether she writes and corrects reflections here: in her own place of an open team. */
        canReflect: z.boolean(),
      }),
    ),
  )
  .query(async ({ ctx, input }) => {
    const link = await openEmployeeViewLink(ctx.prisma, input.token);
    const mine = await myLearningTeamMembers(ctx.prisma, link.developmentPath.personId);
    return mine.map(({ member, access }) => {
      const team = member.learningTeam;
      return {
        memberId: member.id,
        name: team.name,
        host: team.host.name,
        question: team.question,
        teamCoachName: team.teamCoachName,
        startsOn: isoDate(team.startsOn),
        endsOn: isoDate(team.endsOn),
        closedOn: isoDateOrNull(team.closedAt),
        schools: team.schools.filter((s) => s.status === "JOINED").map((s) => s.school.name),
        programme: programmeTitle(member.programmeId),
        goals: access.readsGoals ? member.goals.map((goal) => goalView(goal, access.readsAssessments)) : [],
        reflections: access.readsReflections ? reflectionViews(member.reflections, member.goals) : [],
        canReflect: access.writesReflections && team.closedAt === null,
      };
    });
  });
