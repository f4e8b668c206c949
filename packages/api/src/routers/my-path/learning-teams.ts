import { z } from "zod";
import { isoDate, isoDateOrNull } from "../../shared/dates.ts";
import { openEmployeeViewLink } from "../../shared/employee-view.ts";
import { goalView, reflectionViews } from "../../shared/learning-team-students.ts";
import { learningTeamViewSchema, programmeTitle } from "../../shared/learning-teams.ts";
import { publicProcedure } from "../../trpc.ts";
import { myLearningTeamMembers } from "./_shared/my-learning-teams.ts";

/** A student of a team as her school reads her: she reads her own place the same way. */
const memberViewSchema = learningTeamViewSchema.shape.members.element;

/**
 * The learning teams the employee takes part in as a student, through the link HR gave them: the team
 * (host, question, period, coach, its schools), her own goals with her school's assessments and her own
 * reflections; never another student's goals, assessments or reflections.
 */
export const learningTeams = publicProcedure
  .input(z.object({ token: z.string().min(10).max(100) }))
  .output(
    z.array(
      learningTeamViewSchema
        .pick({
          name: true,
          host: true,
          question: true,
          teamCoachName: true,
          startsOn: true,
          endsOn: true,
          closedOn: true,
        })
        .extend(memberViewSchema.pick({ programme: true, goals: true, reflections: true }).shape)
        .extend({
          memberId: z.string(),
          /** The schools that work in the team, by name (an invited school not yet). */
          schools: z.array(z.string()),
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
