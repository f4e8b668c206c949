import { scopeOwnedByEmployer, scopePersonsForEmployer, type PrismaClient } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit, type AuditContext } from "../../../shared/audit.ts";
import { employerProcedure } from "../../../trpc.ts";
import {
  insertPerson,
  removeInsertedPersons,
  restorePerson,
  rewritePerson,
  type ReplacedPerson,
} from "./insert-person.ts";
import type { createPersonInput } from "./person-input.ts";
import { findImportedPerson, importRowSchema, parseImportRow } from "./person-import.ts";

/**
 * Imports a team from CSV rows in the layout of the team export. A row that describes a team member
 * already there (same e-mail, or same name without one) updates them, so an exported, edited and
 * re-imported list adds nobody twice. With `dryRun` it only checks and returns the preview;
 * otherwise, and only when no row has an error, it writes everyone (`writeImport`).
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
    await writeImport(
      ctx,
      parsed.flatMap(({ existing, result }) => (result.ok ? [{ existing, input: result.input }] : [])),
      {
        created,
        updated,
      },
    );
    return { rows, created, updated };
  });

/** Rows per transaction: a batch takes a few tens of milliseconds on the embedded database. */
export const IMPORT_BATCH_ROWS = 50;

type ValidRow = { existing: { id: string } | undefined; input: z.infer<typeof createPersonInput> };

/**
 * Writes a checked import in short transactions of `IMPORT_BATCH_ROWS` rows, giving the event loop a
 * turn between them: the embedded database runs one transaction at a time inside this process, so one
 * transaction of 2,000 rows would hold every other request up for seconds. It stays all-or-nothing:
 * every row was checked before the first write, the audit event is written with the last batch, and
 * when a batch fails the batches already written are undone in one compensating transaction (the
 * persons added are removed, the team members changed get their earlier name, contact and employment
 * back) before the error reaches the user.
 */
async function writeImport(
  ctx: AuditContext & { prisma: PrismaClient; organizationId: string },
  validRows: ValidRow[],
  counts: { created: number; updated: number },
) {
  const added: string[] = [];
  const replaced: ReplacedPerson[] = [];
  try {
    for (let start = 0; start < validRows.length; start += IMPORT_BATCH_ROWS) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      const batch = validRows.slice(start, start + IMPORT_BATCH_ROWS);
      const isLast = start + IMPORT_BATCH_ROWS >= validRows.length;
      const written = await ctx.prisma.$transaction(async (tx) => {
        const batchAdded: string[] = [];
        const batchReplaced: ReplacedPerson[] = [];
        for (const { existing, input } of batch) {
          if (existing) batchReplaced.push(await rewritePerson(tx, ctx.organizationId, existing.id, input));
          else batchAdded.push((await insertPerson(tx, ctx.organizationId, input)).id);
        }
        if (isLast) await audit(tx, ctx, "person.import", { entity: "Person", details: counts });
        return { batchAdded, batchReplaced };
      });
      added.push(...written.batchAdded);
      replaced.push(...written.batchReplaced);
    }
  } catch (error) {
    await ctx.prisma.$transaction(async (tx) => {
      for (const person of replaced.toReversed()) await restorePerson(tx, person);
      await removeInsertedPersons(tx, added);
    });
    throw error;
  }
}
