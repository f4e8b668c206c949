import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { employerProcedure } from "../../../trpc.ts";
import { notFound } from "../../../shared/own.ts";

/** Closes an open vacancy as filled or closed; a closed vacancy is no longer shown to the regions. */
export const close = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.object({ vacancyId: z.string().min(1), status: z.enum(["FILLED", "CLOSED"]) }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const vacancy = await ctx.prisma.vacancy.findFirst({
      where: { id: input.vacancyId, ...scopeOwnedByEmployer(ctx.organizationId) },
    });
    if (!vacancy) throw notFound("vacancy");
    if (vacancy.status !== "OPEN")
      throw new TRPCError({ code: "BAD_REQUEST", message: "Deze vacature is al gesloten." });
    await ctx.prisma.$transaction(async (tx) => {
      await tx.vacancy.update({ where: { id: vacancy.id }, data: { status: input.status } });
      await audit(tx, ctx, "vacancy.close", {
        entity: "Vacancy",
        entityId: vacancy.id,
        details: { status: input.status },
      });
    });
    return { ok: true as const };
  });
