import { z } from "zod";
import { schoolProcedure } from "../../../trpc.ts";

/** The arbeidsmarktregio's an offer can serve, for the offer form. */
export const regions = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.void())
  .output(z.array(z.object({ code: z.string(), name: z.string() })))
  .query(async ({ ctx }) => {
    const rows = await ctx.prisma.organization.findMany({
      where: { kind: "REGION", regionCode: { not: null }, archivedAt: null },
      select: { regionCode: true, name: true },
      orderBy: { name: "asc" },
    });
    return rows.map((r) => ({ code: r.regionCode!, name: r.name }));
  });
