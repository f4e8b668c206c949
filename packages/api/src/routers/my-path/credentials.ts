import type { Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { credentialTitle } from "../../shared/catalog-titles.ts";
import { isoDate } from "../../shared/dates.ts";
import { openEmployeeViewLink } from "../../shared/employee-view.ts";
import { publicProcedure } from "../../trpc.ts";

/**
 * The employee's own signed credentials through the link HR gave them, each as the Open Badges JSON
 * the school signed, to download and show anyone (who checks it on the public verify page). A
 * credential a correction replaced is left out; one not signed yet is not offered.
 */
export const credentials = publicProcedure
  .input(z.object({ token: z.string().min(10).max(100) }))
  .output(
    z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        school: z.string(),
        issuedOn: z.iso.date(),
        credential: z.record(z.string(), z.unknown()),
      }),
    ),
  )
  .query(async ({ ctx, input }) => {
    const link = await openEmployeeViewLink(ctx.prisma, input.token);
    const rows = await ctx.prisma.issuedCredential.findMany({
      where: { personId: link.developmentPath.personId, supersededById: null, signed: { isNot: null } },
      include: { school: { select: { name: true } }, signed: { select: { document: true } } },
      orderBy: { issuedOn: "desc" },
    });
    return rows.map((row) => ({
      id: row.id,
      title: credentialTitle(row.credentialId),
      school: row.school.name,
      issuedOn: isoDate(row.issuedOn),
      credential: row.signed!.document as Prisma.JsonObject,
    }));
  });
