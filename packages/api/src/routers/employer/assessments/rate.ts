import { childcareCatalog, findWorkProcess } from "@ontwikkelpad/core";
import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ownPerson } from "../_shared/access.ts";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, today } from "../../../shared/dates.ts";
import { employerProcedure } from "../../../trpc.ts";
import { assessedOn, note, onlyTrainer, rating, refuseRatingBeforeEmployment } from "./schemas.ts";
import { recordNotificationMail } from "../../../shared/notifications/record-mail.ts";

/** A praktijkopleider's rating of one werkproces; it stays a draft (and may be replaced) until signed. */
export const rate = employerProcedure
  .meta({ action: "rateWorkProcesses" })
  .input(
    z.object({
      personId: z.string().min(1),
      workProcessId: z
        .string()
        .refine((id) => findWorkProcess(childcareCatalog, id) !== undefined, "Onbekend werkproces."),
      result: rating,
      note,
      assessedOn,
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const person = await ownPerson(ctx, input.personId, {
      developmentPaths: {
        where: { ...scopeOwnedByEmployer(ctx.organizationId), status: "ACTIVE" },
        take: 1,
      },
      employments: {
        where: scopeOwnedByEmployer(ctx.organizationId),
        orderBy: { contractStart: "asc" },
        take: 1,
      },
    });
    requireAction(ctx, onlyTrainer);
    refuseRatingBeforeEmployment(input.assessedOn, person.employments[0]?.contractStart);
    return ctx.prisma.$transaction(async (tx) => {
      const ratings = await tx.evidence.findMany({
        where: {
          personId: person.id,
          workProcessId: input.workProcessId,
          kind: "PRACTICE_ASSESSMENT",
          employerOrganizationId: ctx.organizationId,
          supersededBy: null,
        },
      });
      if (ratings.some((e) => e.signedAt))
        throw new TRPCError({
          code: "CONFLICT",
          message:
            "Dit werkproces heeft al een ondertekende beoordeling. Leg een correctie vast met een reden.",
        });
      const draft = ratings[0];
      const data = {
        result: input.result,
        note: input.note,
        assessedOn: dateColumn(input.assessedOn),
        assessorUserId: ctx.session.userId,
        recordedByUserId: ctx.session.userId,
      };
      const evidence = draft
        ? await tx.evidence.update({ where: { id: draft.id }, data })
        : await tx.evidence.create({
            data: {
              ...data,
              personId: person.id,
              developmentPathId: person.developmentPaths[0]?.id ?? null,
              employerOrganizationId: ctx.organizationId,
              workProcessId: input.workProcessId,
              kind: "PRACTICE_ASSESSMENT",
            },
          });
      await audit(tx, ctx, "evidence.rate", { entity: "Evidence", entityId: evidence.id });
      // The rating now waits for the praktijkopleider's signature.
      await recordNotificationMail(tx, ctx.organizationId, today());
      return { id: evidence.id };
    });
  });
