import { z } from "zod";
import { employerProcedure } from "../../../trpc.ts";

/**
 * The other employers a person can move to, for choosing the new employer when archiving a move: only
 * each one's id and name (public, like its registry number), never anything of its people or paths.
 */
export const employers = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.void())
  .output(z.array(z.object({ id: z.string(), name: z.string() })))
  .query(({ ctx }) =>
    ctx.prisma.organization.findMany({
      where: { kind: "EMPLOYER", archivedAt: null, id: { not: ctx.organizationId } },
      select: { id: true, name: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
  );
