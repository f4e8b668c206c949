import { pokSignedOn, pokTransitionProblems } from "@ontwikkelpad/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, today } from "../../../shared/dates.ts";
import { pokStatusSchema } from "../../../shared/enums.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { ownEnrolment } from "../_shared/school-access.ts";
import { readPokFacts } from "./pok-view.ts";
import { recordNotificationMail } from "../../../shared/notifications/record-mail.ts";

/** Moves a POK along its lifecycle under core's rules; withdrawing or rejecting needs a reason. */
export const setStatus = schoolProcedure
  .meta({ action: "managePoks" })
  .input(
    z.object({
      enrolmentId: z.string().min(1),
      to: pokStatusSchema,
      reason: z.string().trim().max(2000).optional(),
    }),
  )
  .output(z.object({ status: pokStatusSchema }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, "Alleen een opleidingsadviseur of docent beheert de POK.");
    const enrolment = await ownEnrolment(ctx, input.enrolmentId);
    const facts = await readPokFacts(ctx.prisma, enrolment);
    const problems = pokTransitionProblems(facts, input.to);
    // Signed on the day of the last of its three signatures (core refuses "signed" without all three).
    const signedOn = input.to === "SIGNED" ? pokSignedOn(facts.signatures) : null;
    if ((input.to === "WITHDRAWN" || input.to === "REJECTED") && !input.reason)
      problems.push("Geef de reden op.");
    if (problems.length) throw new TRPCError({ code: "BAD_REQUEST", message: problems.join(" ") });
    await ctx.prisma.$transaction(async (tx) => {
      const { count } = await tx.enrolment.updateMany({
        where: { id: enrolment.id, pokStatus: enrolment.pokStatus },
        data: {
          pokStatus: input.to,
          ...(signedOn ? { pokSignedOn: dateColumn(signedOn) } : {}),
          ...(input.reason ? { pokStatusReason: input.reason } : {}),
          ...(input.to === "WITHDRAWN" || input.to === "REJECTED" ? { status: "STOPPED" as const } : {}),
          ...(input.to === "ENDED" ? { status: "COMPLETED" as const } : {}),
        },
      });
      if (count === 0)
        throw new TRPCError({
          code: "CONFLICT",
          message: "De POK is intussen gewijzigd. Laad de pagina opnieuw.",
        });
      await audit(tx, ctx, "enrolment.pokStatus", {
        entity: "Enrolment",
        entityId: enrolment.id,
        details: { from: enrolment.pokStatus, to: input.to, reason: input.reason ?? null },
      });
      // A POK sent for signature waits for the school's signature.
      await recordNotificationMail(tx, ctx.organizationId, today());
    });
    return { status: input.to };
  });
