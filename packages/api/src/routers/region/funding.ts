import {
  childcareCatalog,
  describeFundingCondition,
  protectCount,
  protectedCountSchema,
} from "@ontwikkelpad/core";
import { scopeOrganizationsInRegion } from "@ontwikkelpad/db";
import { z } from "zod";
import { regionProcedure, router } from "../../trpc.ts";

export const fundingRouter = router({
  /**
   * The funding instruments of the catalog with their conditions and validity, and how many people
   * and employers in the region use each (applications submitted, granted or paid). The people are in
   * the employers' records: their count is protected with core's cell key method. Employers are
   * organisations, not persons: exact.
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
          persons: protectedCountSchema,
          employers: z.number().int(),
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
        select: {
          instrumentId: true,
          personId: true,
          employerOrganizationId: true,
          person: { select: { recordKey: true } },
        },
      });
      const of = (instrumentId: string) => applications.filter((a) => a.instrumentId === instrumentId);
      // One record key per person, however many applications the person has.
      const personKeys = (instrumentId: string) => [
        ...new Map(
          of(instrumentId).flatMap((a): [string, number][] =>
            a.person && a.personId ? [[a.personId, a.person.recordKey]] : [],
          ),
        ).values(),
      ];
      return childcareCatalog.fundingInstruments.map((i) => ({
        id: i.id,
        title: i.title,
        payer: i.payer,
        maxAmountEuro: i.maxAmountEuro,
        validFrom: i.validFrom,
        validUntil: i.validUntil,
        conditions: i.conditions.map((c) => describeFundingCondition(c, childcareCatalog)),
        persons: protectCount(personKeys(i.id)),
        employers: new Set(of(i.id).map((a) => a.employerOrganizationId)).size,
      }));
    }),
});
