import { scopeSkillGapSignalsForRegion } from "@ontwikkelpad/db";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, plausibleDate } from "../../../shared/dates.ts";
import { regionProcedure } from "../../../trpc.ts";
import { notFound } from "../../../shared/own.ts";

/**
 * The coordinator acknowledges a signal, or records that the regiegroep discussed it and what it
 * agreed (which acknowledges it too).
 */
export const review = regionProcedure
  .meta({ action: "reviewSignals" })
  .input(
    z.discriminatedUnion("action", [
      z.object({ signalId: z.string().min(1), action: z.literal("acknowledge") }),
      z.object({
        signalId: z.string().min(1),
        action: z.literal("discussed"),
        discussedOn: plausibleDate("datum van de bespreking", 0),
        note: z
          .string()
          .trim()
          .min(5, "Schrijf in een zin wat de regiegroep afsprak (minstens 5 tekens).")
          .max(2000),
      }),
    ]),
  )
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, "Signalen bevestigen en de bespreking vastleggen doet de regiecoördinator.");
    const signal = await ctx.prisma.skillGapSignal.findFirst({
      where: { AND: [{ id: input.signalId }, scopeSkillGapSignalsForRegion(ctx.organizationId)] },
      select: { id: true },
    });
    if (!signal) throw notFound("signal");
    const discussed =
      input.action === "discussed"
        ? { discussedOn: dateColumn(input.discussedOn), regiegroepNote: input.note }
        : {};
    await ctx.prisma.$transaction(async (tx) => {
      await tx.skillGapSignalReview.upsert({
        where: { signalId: signal.id },
        create: {
          signalId: signal.id,
          regionOrganizationId: ctx.organizationId,
          acknowledgedAt: new Date(),
          acknowledgedByUserId: ctx.session.userId,
          ...discussed,
        },
        update: discussed,
      });
      await audit(tx, ctx, `signal.${input.action}`, { entity: "SkillGapSignal", entityId: signal.id });
    });
    return { ok: true as const };
  });
