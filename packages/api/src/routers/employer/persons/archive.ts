import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ownPerson } from "../_shared/access.ts";
import { audit } from "../../../shared/audit.ts";
import { employerProcedure } from "../../../trpc.ts";

/** Takes a person off the team (e.g. they left); their path stops, their records stay. */
export const archive = employerProcedure
  .meta({ action: "employerMember" })
  .input(
    z.object({
      personId: z.string().min(1),
      reason: z.string().trim().min(3, "Geef kort de reden (bijvoorbeeld: uit dienst).").max(500),
    }),
  )
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const person = await ownPerson(ctx, input.personId);
    if (person.archivedAt)
      throw new TRPCError({ code: "BAD_REQUEST", message: "Deze persoon is al gearchiveerd." });
    await ctx.prisma.$transaction(async (tx) => {
      await tx.person.update({ where: { id: person.id }, data: { archivedAt: new Date() } });
      await tx.developmentPath.updateMany({
        where: { ...scopeOwnedByEmployer(ctx.organizationId), personId: person.id, status: "ACTIVE" },
        data: { status: "STOPPED" },
      });
      await audit(tx, ctx, "person.archive", {
        entity: "Person",
        entityId: person.id,
        details: { reason: input.reason },
      });
    });
    return { ok: true as const };
  });
