import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { schoolProcedure } from "../../../trpc.ts";
import { issuedInclude, issuedView, issuedViewSchema } from "./issued-view.ts";

/** Every credential the school issued, newest first, superseded ones included (with their reason). */
export const issued = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.object({ personId: z.string().min(1).optional() }).optional())
  .output(z.array(issuedViewSchema))
  .query(async ({ ctx, input }) => {
    const rows = await ctx.prisma.issuedCredential.findMany({
      where: {
        ...scopeOwnedBySchool(ctx.organizationId),
        ...(input?.personId ? { personId: input.personId } : {}),
      },
      include: issuedInclude,
      orderBy: [{ issuedOn: "desc" }, { createdAt: "desc" }],
    });
    return rows.map(issuedView);
  });
