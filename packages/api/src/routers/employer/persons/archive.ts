import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ownPerson } from "../_shared/access.ts";
import { audit } from "../../../shared/audit.ts";
import { endPathsOnLeaving } from "../../../shared/path-outcome.ts";
import { employerProcedure } from "../../../trpc.ts";

/**
 * Takes a person off the team (e.g. they left, or moved to another employer); their running paths end
 * with core's end reason (completed when the goal is met, left with a result, stopped without one,
 * moved), their records stay.
 */
export const archive = employerProcedure
  .meta({ action: "employerMember" })
  .input(
    z.object({
      personId: z.string().min(1),
      reason: z.string().trim().min(3, "Geef kort de reden (bijvoorbeeld: uit dienst).").max(500),
      /** The person moves to another employer (where the path may continue with their consent). */
      movedToAnotherEmployer: z.boolean().default(false),
    }),
  )
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const person = await ownPerson(ctx, input.personId);
    if (person.archivedAt)
      throw new TRPCError({ code: "BAD_REQUEST", message: "Deze persoon is al gearchiveerd." });
    await ctx.prisma.$transaction(async (tx) => {
      await tx.person.update({ where: { id: person.id }, data: { archivedAt: new Date() } });
      await endPathsOnLeaving(
        tx,
        ctx,
        person.id,
        ctx.organizationId,
        input.movedToAnotherEmployer ? "MOVED_EMPLOYER" : "LEFT",
      );
      await audit(tx, ctx, "person.archive", {
        entity: "Person",
        entityId: person.id,
        details: { reason: input.reason },
      });
    });
    return { ok: true as const };
  });
