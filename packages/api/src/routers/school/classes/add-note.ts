import { isIsoWeek } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { ownClass, requireTeamDocent } from "./own-class.ts";

/**
 * The docent of the mentor team writes a week's reflection with one learner of the class. A note is
 * never changed afterwards: a later thought is a new note.
 */
export const addNote = schoolProcedure
  .meta({ action: "writeClassNotes" })
  .input(
    z.object({
      classId: z.string().min(1),
      enrolmentId: z.string().min(1, "Kies de deelnemer."),
      isoWeek: z.string().refine(isIsoWeek, "Kies een week."),
      text: z
        .string()
        .trim()
        .min(3, "Schrijf wat jullie deze week bespraken.")
        .max(4000, "Houd de notitie korter dan 4000 tekens."),
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const schoolClass = await ownClass(ctx, input.classId);
    await requireTeamDocent(ctx, schoolClass.id, "schrijft reflecties");
    const enrolment = await ctx.prisma.enrolment.findFirst({
      where: { id: input.enrolmentId, schoolClassId: schoolClass.id },
      select: { id: true },
    });
    if (!enrolment)
      throw new TRPCError({ code: "BAD_REQUEST", message: "Kies een deelnemer van deze klas." });
    return ctx.prisma.$transaction(async (tx) => {
      const note = await tx.reflectionNote.create({
        data: {
          enrolmentId: enrolment.id,
          schoolClassId: schoolClass.id,
          schoolOrganizationId: ctx.organizationId,
          isoWeek: input.isoWeek,
          text: input.text,
          authorUserId: ctx.session.userId,
        },
      });
      await audit(tx, ctx, "reflectionNote.create", {
        entity: "ReflectionNote",
        entityId: note.id,
        details: { schoolClassId: schoolClass.id, enrolmentId: enrolment.id, isoWeek: input.isoWeek },
      });
      return { id: note.id };
    });
  });
