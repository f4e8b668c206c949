import { z } from "zod";
import { regionProcedure } from "../../../trpc.ts";
import { forecastSchema, readForecast } from "../_shared/forecast.ts";

/** The prognose of newly qualified pedagogisch medewerkers per quarter, protected (`readForecast`). */
export const get = regionProcedure
  .meta({ action: "regionMember" })
  .input(z.void())
  .output(forecastSchema)
  .query(({ ctx }) => readForecast(ctx.prisma, ctx.organizationId));
