import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { employerProcedure } from "../../../trpc.ts";
import { insertPerson } from "./insert-person.ts";
import { importRowSchema, parseImportRow } from "./person-import.ts";

/**
 * Imports a team from CSV rows. With `dryRun` it only checks and returns the preview; otherwise it
 * adds everyone in one transaction, and only when no row has an error.
 */
export const importPersons = employerProcedure
  .input(
    z.object({
      rows: z
        .array(importRowSchema)
        .min(1, "Het bestand bevat geen rijen.")
        .max(2000, "Importeer hoogstens 2000 rijen tegelijk."),
      dryRun: z.boolean(),
    }),
  )
  .output(
    z.object({
      rows: z.array(z.object({ line: z.number(), name: z.string(), errors: z.array(z.string()) })),
      created: z.number(),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const locations = await ctx.prisma.location.findMany({
      where: { ...scopeOwnedByEmployer(ctx.organizationId), archivedAt: null },
      select: { id: true, name: true, lrkNumber: true },
    });
    const parsed = input.rows.map((row, index) => ({
      line: index + 2,
      name: `${row.voornaam} ${row.achternaam}`.trim(),
      result: parseImportRow(row, locations),
    }));
    const rows = parsed.map(({ line, name, result }) => ({
      line,
      name,
      errors: result.ok ? [] : result.errors,
    }));
    if (input.dryRun) return { rows, created: 0 };
    if (rows.some((r) => r.errors.length > 0))
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Er is niets geïmporteerd: los eerst de fouten in de gemarkeerde rijen op.",
      });
    await ctx.prisma.$transaction(async (tx) => {
      for (const { result } of parsed)
        if (result.ok) await insertPerson(tx, ctx.organizationId, result.input);
      await audit(tx, {
        actorUserId: ctx.session.userId,
        organizationId: ctx.organizationId,
        action: "person.import",
        entityType: "Person",
        data: { count: parsed.length },
        ip: ctx.ip,
      });
    });
    return { rows, created: parsed.length };
  });
