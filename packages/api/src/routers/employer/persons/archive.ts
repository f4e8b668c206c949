import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ownPerson } from "../_shared/access.ts";
import { audit } from "../../../shared/audit.ts";
import { endPathsOnLeaving } from "../../../shared/path-outcome.ts";
import { employerProcedure } from "../../../trpc.ts";

/**
 * Takes a person off the team (e.g. they left, or moved to another employer); their running paths end
 * with core's end reason (completed when the goal is met, left with a result, stopped without one,
 * moved), their records stay. Moving, the person may consent to share their path with the new employer
 * named here: that employer may then see and continue it (`employer.paths.handovers`).
 */
export const archive = employerProcedure
  .meta({ action: "employerMember" })
  .input(
    z.object({
      personId: z.string().min(1),
      reason: z.string().trim().min(3, "Geef kort de reden (bijvoorbeeld: uit dienst).").max(500),
      /** The person moves to another employer (where the path may continue with their consent). */
      movedToAnotherEmployer: z.boolean().default(false),
      /** The employer the person moves to, when known: named on the ended path. */
      newEmployerOrganizationId: z.string().min(1).optional(),
      /** The person consents to share their path with that employer, which may then continue it. */
      consentToShare: z.boolean().default(false),
    }),
  )
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const person = await ownPerson(ctx, input.personId);
    if (person.archivedAt)
      throw new TRPCError({ code: "BAD_REQUEST", message: "Deze persoon is al gearchiveerd." });
    const newEmployer = input.newEmployerOrganizationId ?? null;
    if ((newEmployer || input.consentToShare) && !input.movedToAnotherEmployer)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Een nieuwe werkgever noem je alleen als de persoon naar een andere werkgever gaat.",
      });
    if (input.consentToShare && !newEmployer)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Kies de nieuwe werkgever waarmee de persoon het Ontwikkelpad wil delen.",
      });
    if (
      newEmployer &&
      (newEmployer === ctx.organizationId ||
        !(await ctx.prisma.organization.findFirst({ where: { id: newEmployer, kind: "EMPLOYER" } })))
    )
      throw new TRPCError({ code: "BAD_REQUEST", message: "Kies een andere werkgever uit de lijst." });
    await ctx.prisma.$transaction(async (tx) => {
      await tx.person.update({ where: { id: person.id }, data: { archivedAt: new Date() } });
      await endPathsOnLeaving(
        tx,
        ctx,
        person.id,
        ctx.organizationId,
        input.movedToAnotherEmployer ? "MOVED_EMPLOYER" : "LEFT",
        newEmployer,
      );
      if (newEmployer && input.consentToShare)
        await tx.consentRecord.create({
          data: {
            personId: person.id,
            organizationId: newEmployer,
            purpose: "SHARE_WITH_EMPLOYER",
            givenAt: new Date(),
            recordedByUserId: ctx.session.userId,
          },
        });
      await audit(tx, ctx, "person.archive", {
        entity: "Person",
        entityId: person.id,
        details: {
          reason: input.reason,
          newEmployerOrganizationId: newEmployer,
          consentToShare: input.consentToShare,
        },
      });
    });
    return { ok: true as const };
  });
