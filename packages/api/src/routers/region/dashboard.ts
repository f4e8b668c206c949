import { PATH_STEPS, childcareCatalog, findFunction } from "@ontwikkelpad/core";
import { readRegionPathCounts } from "@ontwikkelpad/db";
import { z } from "zod";
import { regionProcedure, router } from "../../trpc.ts";

/** Counts below this are shown as "<5" so no one can be recognised in a small group. */
export const SMALL_NUMBER_THRESHOLD = 5;

const count = z.union([z.number().int(), z.literal("<5")]);
const suppress = (n: number): number | "<5" => (n > 0 && n < SMALL_NUMBER_THRESHOLD ? "<5" : n);

export const dashboardRouter = router({
  /** Aggregates over the region's member employers: active paths by step and by current function. */
  get: regionProcedure
    .input(z.void())
    .output(
      z.object({
        employers: z.number().int(),
        activePaths: count,
        byStep: z.array(z.object({ step: z.number().int(), title: z.string(), count })),
        byGoalFunction: z.array(z.object({ functionId: z.string(), title: z.string(), count })),
      }),
    )
    .query(async ({ ctx }) => {
      // One pass over the paths, grouped by step and goal together; the totals are sums of its rows.
      const { employers, groups } = await readRegionPathCounts(ctx.prisma, ctx.organizationId);
      const total = groups.reduce((sum, g) => sum + g.count, 0);
      const stepCounts = new Map<number, number>();
      const goalCounts = new Map<string, number>();
      for (const g of groups) {
        stepCounts.set(g.currentStep, (stepCounts.get(g.currentStep) ?? 0) + g.count);
        if (g.goalFunctionId)
          goalCounts.set(g.goalFunctionId, (goalCounts.get(g.goalFunctionId) ?? 0) + g.count);
      }
      return {
        employers,
        activePaths: suppress(total),
        byStep: PATH_STEPS.map(({ step, title }) => ({
          step,
          title,
          count: suppress(stepCounts.get(step) ?? 0),
        })),
        byGoalFunction: [...goalCounts].map(([functionId, n]) => ({
          functionId,
          title: findFunction(childcareCatalog, functionId)?.title ?? functionId,
          count: suppress(n),
        })),
      };
    }),
});
