import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { ownClass, requireTeamDocent } from "./own-class.ts";
import { classSkillGaps } from "./skill-gaps.ts";
import { today } from "../../../shared/dates.ts";
import { recordNotificationMail } from "../../../shared/notifications/record-mail.ts";

/**
 * The mentor team sends one of the class's skill gaps, with its comment, to the regiegroep of the
 * class's region, which sees it on its Signalen page. The counts at that moment go with it.
 */
export const sendSignal = schoolProcedure
  .meta({ action: "writeClassNotes" })
  .input(
    z.object({
      classId: z.string().min(1),
      workProcessId: z.string().min(1, "Kies een werkproces."),
      comment: z
        .string()
        .trim()
        .min(10, "Schrijf in een of twee zinnen wat het mentorteam ziet en wat het vraagt.")
        .max(2000, "Houd de toelichting korter dan 2000 tekens."),
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const schoolClass = await ownClass(ctx, input.classId, { enrolments: { select: { personId: true } } });
    const { mentorTeamId } = await requireTeamDocent(
      ctx,
      schoolClass.id,
      "stuurt signalen naar de regiegroep",
    );
    if (!schoolClass.regionOrganizationId)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Deze klas hoort bij geen regio: er is geen regiegroep om het signaal aan te sturen.",
      });
    const gaps = await classSkillGaps(
      ctx.prisma,
      ctx.organizationId,
      schoolClass.enrolments.map((e) => e.personId),
    );
    const gap = gaps.find((g) => g.workProcessId === input.workProcessId);
    if (!gap)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message:
          "Dit werkproces valt niet (meer) op in de beoordelingen van de klas. Kies een werkproces uit de lijst.",
      });
    return ctx.prisma.$transaction(async (tx) => {
      const signal = await tx.skillGapSignal.create({
        data: {
          mentorTeamId,
          workProcessId: gap.workProcessId,
          note: input.comment,
          sentByUserId: ctx.session.userId,
          learnersRated: gap.rated,
          learnersStruggling: gap.struggling,
        },
      });
      await audit(tx, ctx, "skillGapSignal.send", {
        entity: "SkillGapSignal",
        entityId: signal.id,
        details: {
          schoolClassId: schoolClass.id,
          workProcessId: gap.workProcessId,
          rated: gap.rated,
          struggling: gap.struggling,
        },
      });
      if (schoolClass.regionOrganizationId)
        await recordNotificationMail(tx, schoolClass.regionOrganizationId, today());
      return { id: signal.id };
    });
  });
