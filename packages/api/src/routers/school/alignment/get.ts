import {
  childcareCatalog,
  computeAlignment,
  protectCount,
  protectedCountSchema,
  type FunctionDemand,
} from "@ontwikkelpad/core";
import { scopeOrganizationsInRegion, scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { credentialTitle, functionTitle } from "../../../shared/catalog-titles.ts";
import { dateColumn, today } from "../../../shared/dates.ts";
import { schoolProcedure } from "../../../trpc.ts";

/**
 * Aansluiting: for each function that employers in the school's regions fill or advertise, how many
 * employers, people and open places there are (counts only), which of the school's published offers
 * lead to it (core's rule: completing them, alone or together in a planned route, meets the
 * function's requirement), which are only a step on the way with what is still missing, and which
 * qualifying credentials no offer of the school covers. The people are other
 * organisations' staff: their count is protected with core's cell key method (and the order follows
 * the protected figure); employers and open places are not persons: exact.
 */
export const get = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.void())
  .output(
    z.object({
      regions: z.array(z.string()),
      functions: z.array(
        z.object({
          functionId: z.string(),
          title: z.string(),
          status: z.enum(["covered", "gap", "no-credential", "unknown"]),
          employers: z.number().int(),
          people: protectedCountSchema,
          vacancies: z.number().int(),
          /** Offers that lead to the function, alone or with the school's other offers (core's rule). */
          offers: z.array(z.object({ id: z.string(), title: z.string() })),
          /** Offers that are only a step on the way ("draagt bij aan"), with what is still missing. */
          contributing: z.array(z.object({ id: z.string(), title: z.string(), stillMissing: z.string() })),
          missingCredentials: z.array(z.string()),
        }),
      ),
    }),
  )
  .query(async ({ ctx }) => {
    const memberships = await ctx.prisma.regionMembership.findMany({
      where: { organizationId: ctx.organizationId },
      select: { region: { select: { id: true, name: true } } },
      orderBy: { region: { name: "asc" } },
    });
    const employerWhere = {
      kind: "EMPLOYER" as const,
      archivedAt: null,
      OR: memberships.map((m) => scopeOrganizationsInRegion(m.region.id)),
    };
    const date = dateColumn(today());
    const [employments, vacancies, offers] = memberships.length
      ? await Promise.all([
          ctx.prisma.employment.findMany({
            where: {
              employer: employerWhere,
              person: { archivedAt: null },
              contractStart: { lte: date },
              OR: [{ contractEnd: null }, { contractEnd: { gte: date } }],
            },
            select: {
              functionId: true,
              personId: true,
              employerOrganizationId: true,
              person: { select: { recordKey: true } },
            },
          }),
          ctx.prisma.vacancy.findMany({
            where: { employer: employerWhere, status: "OPEN" },
            select: { functionId: true, openings: true, employerOrganizationId: true },
          }),
          ctx.prisma.trainingOffer.findMany({
            where: {
              AND: [scopeOwnedBySchool(ctx.organizationId), { publishedAt: { not: null }, archivedAt: null }],
            },
            select: { id: true, title: true, credentialId: true, learningRoute: true },
            orderBy: { title: "asc" },
          }),
        ])
      : [[], [], []];

    const demand = new Map<
      string,
      { employers: Set<string>; people: Map<string, number>; vacancies: number }
    >();
    const entry = (functionId: string) => {
      let d = demand.get(functionId);
      if (!d) {
        d = { employers: new Set(), people: new Map(), vacancies: 0 };
        demand.set(functionId, d);
      }
      return d;
    };
    for (const e of employments) {
      const d = entry(e.functionId);
      d.employers.add(e.employerOrganizationId);
      d.people.set(e.personId, e.person.recordKey);
    }
    for (const v of vacancies) {
      const d = entry(v.functionId);
      d.employers.add(v.employerOrganizationId);
      d.vacancies += v.openings;
    }
    const coverage = computeAlignment(
      childcareCatalog,
      [...demand].map(([functionId, d]): FunctionDemand => ({
        functionId,
        employers: d.employers.size,
        people: protectCount([...d.people.values()]),
        vacancies: d.vacancies,
      })),
      offers,
      today(),
    );
    return {
      regions: memberships.map((m) => m.region.name),
      functions: coverage.map((c) => ({
        functionId: c.functionId,
        title: c.title ?? functionTitle(c.functionId),
        status: c.status,
        employers: c.employers,
        people: c.people,
        vacancies: c.vacancies,
        offers: c.offers.map((o) => ({ id: o.id, title: o.title })),
        contributing: c.contributing.map(({ offer, stillMissing }) => ({
          id: offer.id,
          title: offer.title,
          stillMissing,
        })),
        missingCredentials: c.missingCredentialIds.map(credentialTitle),
      })),
    };
  });
