import { programmeCatalog } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { findJoinedLearningTeam, requireTeamManager } from "../../../shared/learning-teams.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { ownEnrolment } from "../_shared/school-access.ts";

const student = z.object({
  teamId: z.string().min(1),
  programmeId: z
    .string()
    .refine((id) => programmeCatalog.programmes.some((p) => p.id === id), "Kies een opleiding uit de lijst."),
});

/**
 * The school adds one of its own students to the team, with the programme she follows: one of its
 * learners by her enrolment (another school's enrolment is NOT_FOUND; her name is the person's, and
 * her own view shows her the team), or by name a student the school keeps no enrolment of here.
 */
export const addMember = schoolProcedure
  .meta({ action: "manageLearningTeams" })
  .input(
    z.union([
      student.extend({ enrolmentId: z.string().min(1, "Kies een deelnemer van je school.") }),
      student.extend({
        studentName: z.string().trim().min(2, "Vul de naam van de student in.").max(120),
      }),
    ]),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const team = await findJoinedLearningTeam(ctx, input.teamId, {
      requireRole: requireTeamManager,
      open: true,
    });
    const enrolmentId = "enrolmentId" in input ? (await ownEnrolment(ctx, input.enrolmentId)).id : null;
    return ctx.prisma.$transaction(async (tx) => {
      if (
        enrolmentId &&
        (await tx.learningTeamMember.findFirst({ where: { learningTeamId: team.id, enrolmentId } }))
      )
        throw new TRPCError({
          code: "CONFLICT",
          message: "Deze deelnemer zit al in dit leerteam.",
        });
      const member = await tx.learningTeamMember.create({
        data: {
          learningTeamId: team.id,
          schoolOrganizationId: ctx.organizationId,
          enrolmentId,
          studentName: "studentName" in input ? input.studentName : null,
          programmeId: input.programmeId,
        },
      });
      await audit(tx, ctx, "learningTeam.addMember", {
        entity: "LearningTeamMember",
        entityId: member.id,
        details: { learningTeamId: team.id, programmeId: input.programmeId, enrolmentId },
      });
      return { id: member.id };
    });
  });
