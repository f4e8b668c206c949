import { programmeCatalog } from "@ontwikkelpad/core";
import { scopeLearningTeamsForSchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import {
  findLearningTeam,
  requireJoined,
  requireOpen,
  requireTeamManager,
} from "../../../shared/learning-teams.ts";
import { schoolProcedure } from "../../../trpc.ts";

/** The school adds one of its own students to the team, with the programme she follows. */
export const addMember = schoolProcedure
  .meta({ action: "manageLearningTeams" })
  .input(
    z.object({
      teamId: z.string().min(1),
      studentName: z.string().trim().min(2, "Vul de naam van de student in.").max(120),
      programmeId: z
        .string()
        .refine(
          (id) => programmeCatalog.programmes.some((p) => p.id === id),
          "Kies een opleiding uit de lijst.",
        ),
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const { team, access } = await findLearningTeam(
      ctx,
      input.teamId,
      scopeLearningTeamsForSchool(ctx.organizationId),
    );
    requireTeamManager(ctx);
    requireJoined(access);
    requireOpen(team);
    return ctx.prisma.$transaction(async (tx) => {
      const member = await tx.learningTeamMember.create({
        data: {
          learningTeamId: team.id,
          schoolOrganizationId: ctx.organizationId,
          studentName: input.studentName,
          programmeId: input.programmeId,
        },
      });
      await audit(tx, ctx, "learningTeam.addMember", {
        entity: "LearningTeamMember",
        entityId: member.id,
        details: { learningTeamId: team.id, programmeId: input.programmeId },
      });
      return { id: member.id };
    });
  });
