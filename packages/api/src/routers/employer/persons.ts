import { PATH_STEPS, assessStartingPoint, childcareCatalog, findFunction } from "@ontwikkelpad/core";
import { scopePersonsForEmployer } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { toPersonProfile } from "../../person-profile.ts";
import { employerProcedure, router } from "../../trpc.ts";

const personSummary = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(["STAFF", "CANDIDATE"]),
  functionTitle: z.string().nullable(),
  location: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  pathStep: z.number().nullable(),
  pathStepTitle: z.string().nullable(),
  nextReviewOn: z.iso.date().nullable(),
});

const today = () => new Date().toISOString().slice(0, 10);

export const personsRouter = router({
  list: employerProcedure
    .input(z.object({ search: z.string().trim().max(100).optional() }).optional())
    .output(z.array(personSummary))
    .query(async ({ ctx, input }) => {
      const search = input?.search;
      const persons = await ctx.prisma.person.findMany({
        where: {
          ...scopePersonsForEmployer(ctx.organizationId),
          archivedAt: null,
          ...(search ? { OR: [{ givenName: { contains: search, mode: "insensitive" } }, { familyName: { contains: search, mode: "insensitive" } }] } : {}),
        },
        include: {
          employments: { where: { employerOrganizationId: ctx.organizationId }, include: { location: true }, orderBy: { contractStart: "desc" }, take: 1 },
          developmentPaths: { where: { employerOrganizationId: ctx.organizationId, status: "ACTIVE" }, orderBy: { startedAt: "desc" }, take: 1 },
        },
        orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
      });
      return persons.map((p) => {
        const employment = p.employments[0];
        const path = p.developmentPaths[0];
        return {
          id: p.id,
          name: `${p.givenName} ${p.familyName}`,
          kind: p.kind,
          functionTitle: employment ? (findFunction(childcareCatalog, employment.functionId)?.title ?? employment.functionId) : null,
          location: employment?.location?.name ?? null,
          hoursPerWeek: employment?.hoursPerWeek ?? null,
          pathStep: path?.currentStep ?? null,
          pathStepTitle: path ? (PATH_STEPS[path.currentStep - 1]?.title ?? null) : null,
          nextReviewOn: path?.nextReviewAt ? path.nextReviewAt.toISOString().slice(0, 10) : null,
        };
      });
    }),

  /** One person with the functions they may fill today and why not the others (core's rules). */
  get: employerProcedure
    .input(z.object({ personId: z.string().min(1) }))
    .output(
      z.object({
        id: z.string(),
        name: z.string(),
        functions: z.array(z.object({ functionId: z.string(), title: z.string(), mayFill: z.boolean(), explanation: z.string() })),
      }),
    )
    .query(async ({ ctx, input }) => {
      const person = await ctx.prisma.person.findFirst({
        where: { id: input.personId, ...scopePersonsForEmployer(ctx.organizationId) },
        include: { evidence: true, credentials: true },
      });
      if (!person) throw new TRPCError({ code: "NOT_FOUND", message: "Deze persoon bestaat niet of hoort niet bij jouw organisatie." });
      const functions = assessStartingPoint(childcareCatalog, toPersonProfile(person, person.evidence, person.credentials), today());
      return {
        id: person.id,
        name: `${person.givenName} ${person.familyName}`,
        functions: functions.map(({ functionId, title, mayFill, explanation }) => ({ functionId, title, mayFill, explanation })),
      };
    }),
});
