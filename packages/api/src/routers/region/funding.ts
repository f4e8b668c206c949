import {
  childcareCatalog,
  describeFundingCondition,
  publishedCountSchema,
  suppressCount,
} from "@ontwikkelpad/core";
import { scopeOrganizationsInRegion } from "@ontwikkelpad/db";
import { z } from "zod";
import { regionProcedure, router } from "../../trpc.ts";

export const fundingRouter = router({
  /**
   * The funding instruments of the catalog with their conditions and validity, and how many people
   * and employers in the region use each (applications submitted, granted or paid). The counts are
   * published one by one without totals, each suppressed on its own.
   */
  get: regionProcedure
    .meta({ action: "regionMember" })
    .input(z.void())
    .output(
      z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          payer: z.string(),
          maxAmountEuro: z.number().nullable(),
          validFrom: z.iso.date().nullable(),
          validUntil: z.iso.date().nullable(),
          conditions: z.array(z.string()),
          persons: publishedCountSchema,
          employers: publishedCountSchema,
        }),
      ),
    )
    .query(async ({ ctx }) => {
      // Counts only: no person fields are read.
      const applications = await ctx.prisma.fundingApplication.findMany({
        where: {
          employer: scopeOrganizationsInRegion(ctx.organizationId),
          status: { in: ["SUBMITTED", "GRANTED", "PAID"] },
        },
        select: { instrumentId: true, personId: true, employerOrganizationId: true },
      });
      const distinct = (instrumentId: string, key: "personId" | "employerOrganizationId") =>
        new Set(applications.filter((a) => a.instrumentId === instrumentId && a[key]).map((a) => a[key]))
          .size;
      return childcareCatalog.fundingInstruments.map((i) => ({
        id: i.id,
        title: i.title,
        payer: i.payer,
        maxAmountEuro: i.maxAmountEuro,
        validFrom: i.validFrom,
        validUntil: i.validUntil,
        conditions: i.conditions.map(describeFundingCondition),
        persons: suppressCount(distinct(i.id, "personId")),
        employers: suppressCount(distinct(i.id, "employerOrganizationId")),
      }));
    }),
});
