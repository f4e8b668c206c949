import { scopeOwnedByEmployer, scopePersonsForEmployer } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { employerProcedure } from "../../../trpc.ts";
import { insertPerson, rewritePerson } from "./insert-person.ts";
import { findImportedPerson, importRowSchema, parseImportRow } from "./person-import.ts";

/**
 * Imports a team from CSV rows in the layout of the team export. A row that describes a team member
 * already there (same e-mail, or same name without one) updates them, so an exported, edited and
 * re-imported list adds nobody twice. With `dryRun` it only checks and returns the preview;
 * otherwise it writes everyone in one transaction, and only when no row has an error.
 */
export const importPersons = employerProcedure
  .meta({ action: "employerMember" })
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
      rows: z.array(
        z.object({
          line: z.number(),
          name: z.string(),
          /** The row updates this team member instead of adding a person. */
          existing: z.boolean(),
          errors: z.array(z.string()),
        }),
      ),
      created: z.number(),
      updated: z.number(),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const [locations, team] = await Promise.all([
      ctx.prisma.location.findMany({
        where: { ...scopeOwnedByEmployer(ctx.organizationId), archivedAt: null },
        select: { id: true, name: true, lrkNumber: true },
      }),
      ctx.prisma.person.findMany({
        where: { ...scopePersonsForEmployer(ctx.organizationId), archivedAt: null },
        select: { id: true, givenName: true, familyName: true, email: true },
      }),
    ]);
    const parsed = input.rows.map((row, index) => ({
      line: index + 2,
      name: `${row.voornaam} ${row.achternaam}`.trim(),
      existing: findImportedPerson(row, team),
      result: parseImportRow(row, locations),
    }));
    const rows = parsed.map(({ line, name, existing, result }) => ({
      line,
      name,
      existing: existing !== undefined,
      errors: result.ok ? [] : result.errors,
    }));
    const updated = rows.filter((r) => r.existing).length;
    const created = rows.length - updated;
    if (input.dryRun) return { rows, created: 0, updated: 0 };
    if (rows.some((r) => r.errors.length > 0))
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Er is niets geïmporteerd: los eerst de fouten in de gemarkeerde rijen op.",
      });
    await ctx.prisma.$transaction(async (tx) => {
      for (const { existing, result } of parsed) {
        if (!result.ok) continue;
        if (existing) await rewritePerson(tx, ctx.organizationId, existing.id, result.input);
        else await insertPerson(tx, ctx.organizationId, result.input);
      }
      await audit(tx, ctx, "person.import", { entity: "Person", details: { created, updated } });
    });
    return { rows, created, updated };
  });
