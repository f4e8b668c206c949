import { z } from "zod";
import { ownLearner } from "../_shared/school-learners.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { exemptionInclude, exemptionViewSchema, toExemptionView } from "./exemption-view.ts";

/** A learner's vrijstellingen at this school: requests awaiting the examencommissie, decisions and their corrections. */
export const list = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.object({ personId: z.string().min(1) }))
  .output(z.array(exemptionViewSchema))
  .query(async ({ ctx, input }) => {
    await ownLearner(ctx, input.personId);
    const rows = await ctx.prisma.exemption.findMany({
      where: { personId: input.personId, schoolOrganizationId: ctx.organizationId },
      include: exemptionInclude,
      orderBy: { createdAt: "asc" },
    });
    return rows.map(toExemptionView);
  });
