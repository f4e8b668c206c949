import {
  PATH_STEPS,
  childcareCatalog,
  findFunction,
  protectCount,
  protectedCountSchema,
} from "@ontwikkelpad/core";
import { readRegionPathCounts } from "@ontwikkelpad/db";
import { z } from "zod";
import { regionProcedure, router } from "../../trpc.ts";

/** Column of the paths whose goal is not chosen yet. */
const NO_GOAL = "geen-doel";

export const dashboardRouter = router({
  /**
   * Aggregates over the region's member employers: active paths by step and by goal function, and
   * their total. The paths are people in the employers' records, so every path figure is protected
   * with core's cell key method (each from its own paths' record keys); the employer count is exact.
   */
  get: regionProcedure
    .meta({ action: "regionMember" })
    .input(z.void())
    .output(
      z.object({
        employers: z.number().int(),
        activePaths: protectedCountSchema,
        byStep: z.array(z.object({ step: z.number().int(), title: z.string(), count: protectedCountSchema })),
        byGoalFunction: z.array(
          z.object({ functionId: z.string(), title: z.string(), count: protectedCountSchema }),
        ),
      }),
    )
    .query(async ({ ctx }) => {
      const { employers, groups } = await readRegionPathCounts(ctx.prisma, ctx.organizationId);
      const goalOf = (g: (typeof groups)[number]) => g.goalFunctionId ?? NO_GOAL;
      const goals = [...new Set(groups.map(goalOf))].toSorted();
      const protect = (which: (g: (typeof groups)[number]) => boolean) =>
        protectCount(groups.filter(which).flatMap((g) => g.recordKeys));
      return {
        employers,
        activePaths: protect(() => true),
        byStep: PATH_STEPS.map(({ step, title }) => ({
          step,
          title,
          count: protect((g) => g.currentStep === step),
        })),
        byGoalFunction: goals.map((functionId) => ({
          functionId,
          title:
            functionId === NO_GOAL
              ? "Nog geen doel gekozen"
              : (findFunction(childcareCatalog, functionId)?.title ?? functionId),
          count: protect((g) => goalOf(g) === functionId),
        })),
      };
    }),
});
