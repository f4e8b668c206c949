import { reportingPeriodSchema } from "@ontwikkelpad/core";
import { z } from "zod";
import { funnelGroupingSchema } from "../../../shared/enums.ts";
import { regionProcedure } from "../../../trpc.ts";
import { funnelSchema, readFunnel } from "../_shared/funnel.ts";

/**
 * The regional funnel (aangemeld → … → diploma, then the outcomes) of the candidates registered in a
 * closed calendar month or quarter, grouped per month, partner organisation or employer, with its
 * figures protected (`readFunnel`).
 */
export const get = regionProcedure
  .meta({ action: "regionMember" })
  .input(z.object({ by: funnelGroupingSchema, period: reportingPeriodSchema }))
  .output(funnelSchema)
  .query(({ ctx, input }) => readFunnel(ctx.prisma, ctx.organizationId, input.by, input.period));
