import { reportingPeriodSchema } from "@ontwikkelpad/core";
import { z } from "zod";
import { regionProcedure } from "../../../trpc.ts";
import { readForecast } from "../_shared/forecast.ts";
import { readFunnel } from "../_shared/funnel.ts";
import { readLearningCircles } from "../_shared/learning-circles.ts";
import { writeMinistryReport } from "./ministry-document.ts";

/** The report covers one closed calendar quarter. */
const quarterSchema = reportingPeriodSchema.refine((p) => p.includes("-Q"), "Kies een afgesloten kwartaal.");

/**
 * The region's report for the ministry over one closed quarter, made here so every region sends the
 * same layout: the funnel per month of registration (stages reached and outcomes), participation, the
 * prognose and the leerkringen held in the quarter, with the region's name and the period. Figures
 * about persons are those of the funnel and the prognose, protected with core's cell key method; the
 * desk's own exact counts are not in it. Answered as a CSV file and a printable HTML document.
 */
export const ministry = regionProcedure
  .meta({ action: "regionMember" })
  .input(z.object({ period: quarterSchema }))
  .output(z.object({ filename: z.string(), csv: z.string(), html: z.string() }))
  .query(async ({ ctx, input }) => {
    const funnel = await readFunnel(ctx.prisma, ctx.organizationId, "month", input.period);
    const [forecast, circles] = await Promise.all([
      readForecast(ctx.prisma, ctx.organizationId),
      readLearningCircles(ctx.prisma, ctx.organizationId),
    ]);
    const learningCircles = circles.filter((s) => s.heldOn >= funnel.from && s.heldOn < funnel.until);
    const slug = funnel.region.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    return {
      filename: `rapportage-ontwikkelpad-${slug}-${input.period}.csv`,
      ...writeMinistryReport({ funnel, forecast, learningCircles }),
    };
  });
