import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { ownPerson } from "../_shared/access.ts";
import { audit } from "../../../shared/audit.ts";
import { employerProcedure } from "../../../trpc.ts";

/** Starts an Ontwikkelpad at step 1 for a person who has none running. */
export const start = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.object({ personId: z.string().min(1) }))
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    await ownPerson(ctx, input.personId);
    return ctx.prisma.$transaction(async (tx) => {
      const running = await tx.developmentPath.findFirst({
        where: { ...scopeOwnedByEmployer(ctx.organizationId), personId: input.personId, status: "ACTIVE" },
      });
      if (running)
        throw new TRPCError({
          code: "CONFLICT",
          message: "Deze persoon heeft al een lopend Ontwikkelpad.",
        });
      const path = await tx.developmentPath.create({
        data: { personId: input.personId, employerOrganizationId: ctx.organizationId },
      });
      await audit(tx, ctx, "path.start", { entity: "DevelopmentPath", entityId: path.id });
      return { id: path.id };
    });
  });
