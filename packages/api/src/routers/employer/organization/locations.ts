import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { z } from "zod";
import { locationTypeSchema } from "../../../shared/enums.ts";
import { employerProcedure } from "../../../trpc.ts";

/** The employer's open locations, for choosing one in a form (lighter than `get`). */
export const locations = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.void())
  .output(z.array(z.object({ id: z.string(), name: z.string(), type: locationTypeSchema })))
  .query(({ ctx }) =>
    ctx.prisma.location.findMany({
      where: { ...scopeOwnedByEmployer(ctx.organizationId), archivedAt: null },
      select: { id: true, name: true, type: true },
      orderBy: { name: "asc" },
    }),
  );
