import { PATH_STEPS, childcareCatalog, findFunction } from "@ontwikkelpad/core";
import { scopeDevelopmentPathsForRegionAggregates, scopeOrganizationsInRegion } from "@ontwikkelpad/db";
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
      const paths = { ...scopeDevelopmentPathsForRegionAggregates(ctx.organizationId), status: "ACTIVE" as const };
      const [employers, total, bySteps, byGoals] = await Promise.all([
        ctx.prisma.organization.count({ where: { ...scopeOrganizationsInRegion(ctx.organizationId), kind: "EMPLOYER" } }),
        ctx.prisma.developmentPath.count({ where: paths }),
        ctx.prisma.developmentPath.groupBy({ by: ["currentStep"], where: paths, _count: { _all: true } }),
        ctx.prisma.developmentPath.groupBy({ by: ["goalFunctionId"], where: { ...paths, goalFunctionId: { not: null } }, _count: { _all: true } }),
      ]);
      const stepCounts = new Map(bySteps.map((g) => [g.currentStep, g._count._all]));
      return {
        employers,
        activePaths: suppress(total),
        byStep: PATH_STEPS.map(({ step, title }) => ({ step, title, count: suppress(stepCounts.get(step) ?? 0) })),
        byGoalFunction: byGoals.map((g) => ({
          functionId: g.goalFunctionId!,
          title: findFunction(childcareCatalog, g.goalFunctionId!)?.title ?? g.goalFunctionId!,
          count: suppress(g._count._all),
        })),
      };
    }),
});
