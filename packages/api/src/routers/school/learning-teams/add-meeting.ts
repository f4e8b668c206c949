import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, plausibleDate } from "../../../shared/dates.ts";
import { findJoinedLearningTeam, requireTeamCoach } from "../../../shared/learning-teams.ts";
import { schoolProcedure } from "../../../trpc.ts";

/** A team meeting with its notes, written by one of the team's schools; every school and the host read it. */
export const addMeeting = schoolProcedure
  .meta({ action: "coachLearningTeams" })
  .input(
    z.object({
      teamId: z.string().min(1),
      heldOn: plausibleDate("datum van het overleg", 0),
      notes: z
        .string()
        .trim()
        .min(5, "Schrijf wat het team besprak.")
        .max(8000, "Houd het verslag korter dan 8000 tekens."),
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const team = await findJoinedLearningTeam(ctx, input.teamId, {
      requireRole: requireTeamCoach,
      open: true,
    });
    return ctx.prisma.$transaction(async (tx) => {
      const meeting = await tx.learningTeamMeeting.create({
        data: {
          learningTeamId: team.id,
          authorOrganizationId: ctx.organizationId,
          heldOn: dateColumn(input.heldOn),
          notes: input.notes,
        },
      });
      await audit(tx, ctx, "learningTeam.addMeeting", {
        entity: "LearningTeamMeeting",
        entityId: meeting.id,
        details: { learningTeamId: team.id, heldOn: input.heldOn },
      });
      return { id: meeting.id };
    });
  });
