import { childcareCatalog, findFunction, rankVacancies } from "@ontwikkelpad/core";
import { scopeVacanciesInRegion } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDateOrNull } from "../../../shared/dates.ts";
import { requireAction } from "../../../shared/authorization.ts";
import { REFER_MESSAGE, findCandidate, regionDeskProcedure } from "../_shared/region-desk.ts";

/** The region's open vacancies ranked for one candidate, with the reasons for each rank. */
export const matches = regionDeskProcedure
  .meta({ action: "referCandidates" })
  .input(z.object({ candidateId: z.string().min(1) }))
  .output(
    z.array(
      z.object({
        vacancyId: z.string(),
        title: z.string(),
        functionTitle: z.string(),
        employer: z.string(),
        location: z.string().nullable(),
        hoursPerWeek: z.number(),
        closesOn: z.iso.date().nullable(),
        score: z.number(),
        reasons: z.array(z.object({ fits: z.boolean(), text: z.string() })),
        alreadyReferred: z.boolean(),
      }),
    ),
  )
  .query(async ({ ctx, input }) => {
    requireAction(ctx, REFER_MESSAGE);
    const candidate = await findCandidate(ctx, input.candidateId);
    const vacancies = await ctx.prisma.vacancy.findMany({
      where: { AND: [scopeVacanciesInRegion(ctx.regionOrganizationId), { status: "OPEN" }] },
      include: {
        employer: { select: { name: true } },
        location: { select: { name: true, city: true, postalCode: true, type: true } },
        referrals: { where: { personId: candidate.personId }, select: { id: true } },
      },
    });
    const byId = new Map(vacancies.map((v) => [v.id, v]));
    const ranked = rankVacancies(
      childcareCatalog,
      {
        city: candidate.city,
        postcodeArea: candidate.postcodeArea,
        hoursPerWeek: candidate.hoursPerWeek,
        availableFrom: isoDateOrNull(candidate.availableFrom),
        locationTypes: candidate.locationTypes,
      },
      vacancies.map((v) => ({
        id: v.id,
        functionId: v.functionId,
        hoursPerWeek: v.hoursPerWeek,
        city: v.location?.city ?? null,
        postalCode: v.location?.postalCode ?? null,
        locationType: v.location?.type ?? null,
        closesOn: isoDateOrNull(v.closesOn),
      })),
    );
    return ranked.map((m) => {
      const v = byId.get(m.vacancyId)!;
      return {
        vacancyId: v.id,
        title: v.title,
        functionTitle: findFunction(childcareCatalog, v.functionId)?.title ?? v.functionId,
        employer: v.employer.name,
        location: v.location ? `${v.location.name}, ${v.location.city}` : null,
        hoursPerWeek: v.hoursPerWeek,
        closesOn: isoDateOrNull(v.closesOn),
        score: m.score,
        reasons: m.reasons,
        alreadyReferred: v.referrals.length > 0,
      };
    });
  });
