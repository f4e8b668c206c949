import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { dateColumn, isoDate, isoDateOrNull, plausibleDate, today } from "../../../shared/dates.ts";
import { bottleneckCategorySchema, bottleneckStatusSchema } from "../../../shared/enums.ts";
import { regionProcedure } from "../../../trpc.ts";
import { notFound } from "../../../shared/own.ts";

const COORDINATOR_ONLY =
  "Knelpunten legt de regiecoördinator vast. Vraag haar of hem om dit knelpunt toe te voegen.";

/** The region's knelpunten log, open ones first. */
export const listBottlenecks = regionProcedure
  .meta({ action: "regionMember" })
  .input(z.void())
  .output(
    z.array(
      z.object({
        id: z.string(),
        category: bottleneckCategorySchema,
        description: z.string(),
        owner: z.string(),
        status: bottleneckStatusSchema,
        raisedOn: z.iso.date(),
        resolvedOn: z.iso.date().nullable(),
      }),
    ),
  )
  .query(async ({ ctx }) => {
    const rows = await ctx.prisma.bottleneck.findMany({
      where: { regionOrganizationId: ctx.organizationId },
      orderBy: [{ status: "asc" }, { raisedOn: "desc" }],
    });
    return rows.map((b) => ({
      id: b.id,
      category: b.category,
      description: b.description,
      owner: b.owner,
      status: b.status,
      raisedOn: isoDate(b.raisedOn),
      resolvedOn: isoDateOrNull(b.resolvedOn),
    }));
  });

/** Logs a knelpunt (the coordinator). */
export const addBottleneck = regionProcedure
  .meta({ action: "manageImplementation" })
  .input(
    z.object({
      category: bottleneckCategorySchema,
      description: z.string().trim().min(5, "Beschrijf het knelpunt (minstens 5 tekens).").max(2000),
      owner: z.string().trim().min(2, "Vul in wie het knelpunt oppakt.").max(120),
      raisedOn: plausibleDate("datum van melding", 0),
    }),
  )
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, COORDINATOR_ONLY);
    return ctx.prisma.$transaction(async (tx) => {
      const b = await tx.bottleneck.create({
        data: { ...input, raisedOn: dateColumn(input.raisedOn), regionOrganizationId: ctx.organizationId },
      });
      await audit(tx, ctx, "bottleneck.create", { entity: "Bottleneck", entityId: b.id });
      return { id: b.id };
    });
  });

/** Moves a knelpunt to in progress or resolved (resolved today), or back to open. */
export const setBottleneckStatus = regionProcedure
  .meta({ action: "manageImplementation" })
  .input(z.object({ bottleneckId: z.string().min(1), status: bottleneckStatusSchema }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    requireAction(ctx, COORDINATOR_ONLY);
    const b = await ctx.prisma.bottleneck.findFirst({
      where: { id: input.bottleneckId, regionOrganizationId: ctx.organizationId },
    });
    if (!b) throw notFound("bottleneck");
    await ctx.prisma.$transaction(async (tx) => {
      await tx.bottleneck.update({
        where: { id: b.id },
        data: { status: input.status, resolvedOn: input.status === "RESOLVED" ? dateColumn(today()) : null },
      });
      await audit(tx, ctx, "bottleneck.status", {
        entity: "Bottleneck",
        entityId: b.id,
        details: { status: input.status },
      });
    });
    return { ok: true as const };
  });
