import {
  PATH_STEPS,
  childcareCatalog,
  findFunction,
  publishedCountSchema,
  suppressTable,
} from "@ontwikkelpad/core";
import { readRegionPathCounts } from "@ontwikkelpad/db";
import { z } from "zod";
import { regionProcedure, router } from "../../trpc.ts";

/** Column of the paths whose goal is not chosen yet. */
const NO_GOAL = "geen-doel";

export const dashboardRouter = router({
  /**
   * Aggregates over the region's member employers: active paths by step and by goal function. Both
   * lists are the margins of one step × goal table suppressed as a whole, so the total, the steps and
   * the goals together never give a small count away.
   */
  get: regionProcedure
    .meta({ action: "regionMember" })
    .input(z.void())
    .output(
      z.object({
        employers: z.number().int(),
        activePaths: publishedCountSchema,
        byStep: z.array(z.object({ step: z.number().int(), title: z.string(), count: publishedCountSchema })),
        byGoalFunction: z.array(
          z.object({ functionId: z.string(), title: z.string(), count: publishedCountSchema }),
        ),
      }),
    )
    .query(async ({ ctx }) => {
      const { employers, groups } = await readRegionPathCounts(ctx.prisma, ctx.organizationId);
      const goals = [...new Set(groups.map((g) => g.goalFunctionId ?? NO_GOAL))].toSorted();
      const cells = PATH_STEPS.map(({ step }) =>
        goals.map((goal) =>
          groups
            .filter((g) => g.currentStep === step && (g.goalFunctionId ?? NO_GOAL) === goal)
            .reduce((sum, g) => sum + g.count, 0),
        ),
      );
      const table = suppressTable(cells);
      return {
        employers,
        activePaths: table.total,
        byStep: PATH_STEPS.map(({ step, title }, i) => ({ step, title, count: table.rowTotals[i]! })),
        byGoalFunction: goals.map((functionId, i) => ({
          functionId,
          title:
            functionId === NO_GOAL
              ? "Nog geen doel gekozen"
              : (findFunction(childcareCatalog, functionId)?.title ?? functionId),
          count: table.columnTotals[i]!,
        })),
      };
    }),
});
