import { PATH_STEPS, assessStartingPoint, childcareCatalog, findFunction } from "@ontwikkelpad/core";
import { scopeOwnedByEmployer, scopePersonsForEmployer } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../audit.ts";
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

/** A new staff member or candidate with their employment; deliberately no national identification number. */
export const createPersonInput = z
  .object({
    kind: z.enum(["STAFF", "CANDIDATE"]),
    givenName: z.string().trim().min(1, "Vul de voornaam in.").max(100),
    familyName: z.string().trim().min(1, "Vul de achternaam in.").max(100),
    email: z.email("Vul een geldig e-mailadres in.").optional(),
    functionId: z.string().refine((id) => findFunction(childcareCatalog, id) !== undefined, "Kies een functie uit de lijst."),
    locationId: z.string().min(1).optional(),
    hoursPerWeek: z.number({ error: "Vul het aantal uren per week in." }).positive("Vul meer dan 0 uur in.").max(60, "Meer dan 60 uur per week kan niet."),
    contractStart: z.iso.date("Vul een geldige startdatum in."),
    contractEnd: z.iso.date("Vul een geldige einddatum in.").optional(),
  })
  .refine((p) => !p.contractEnd || p.contractEnd >= p.contractStart, { message: "De einddatum ligt voor de startdatum.", path: ["contractEnd"] });

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

  create: employerProcedure
    .input(createPersonInput)
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      if (input.locationId) {
        const location = await ctx.prisma.location.findFirst({ where: { id: input.locationId, ...scopeOwnedByEmployer(ctx.organizationId) } });
        if (!location) throw new TRPCError({ code: "NOT_FOUND", message: "Deze locatie hoort niet bij jouw organisatie. Kies een eigen locatie." });
      }
      return ctx.prisma.$transaction(async (tx) => {
        const person = await tx.person.create({
          data: { kind: input.kind, givenName: input.givenName, familyName: input.familyName, email: input.email ?? null, employerOrganizationId: ctx.organizationId },
        });
        await tx.employment.create({
          data: {
            personId: person.id,
            employerOrganizationId: ctx.organizationId,
            locationId: input.locationId ?? null,
            functionId: input.functionId,
            hoursPerWeek: input.hoursPerWeek,
            contractStart: new Date(input.contractStart),
            contractEnd: input.contractEnd ? new Date(input.contractEnd) : null,
          },
        });
        await audit(tx, { actorUserId: ctx.session.userId, organizationId: ctx.organizationId, action: "person.create", entityType: "Person", entityId: person.id, ip: ctx.ip });
        return { id: person.id };
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
