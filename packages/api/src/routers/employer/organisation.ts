import { childcareCatalog, findQualification } from "@ontwikkelpad/core";
import { scopeMembershipsOfOrganization, scopeOwnedByEmployer, type Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../audit.ts";
import { dateColumn, isoDateOrNull, today } from "../../dates.ts";
import { personName, profileFacts, toPersonProfile } from "../../person-profile.ts";
import { employerProcedure, router } from "../../trpc.ts";
import { requireRole } from "./access.ts";
import { chosenPlan, type PlanFacts } from "./plan-view.ts";

const locationType = z.enum(["KDV", "BSO", "PEUTEROPVANG", "GASTOUDERBUREAU"]);
const learningRoute = z.enum(["BOL", "BBL", "DERDE_LEERWEG"]);

const trainerSchema = z.object({
  userId: z.string(),
  name: z.string(),
  hoursPerWeek: z.number().nullable(),
  activePaths: z.number(),
  plannedHoursPerWeek: z.number(),
});
export type WorkplaceTrainer = z.infer<typeof trainerSchema>;

/** The employer's praktijkopleiders with their contracted hours and the hours their active paths ask of them. */
export async function workplaceTrainers(
  prisma: Prisma.TransactionClient,
  organizationId: string,
): Promise<WorkplaceTrainer[]> {
  const memberships = await prisma.membership.findMany({
    where: { ...scopeMembershipsOfOrganization(organizationId), role: "WORKPLACE_TRAINER" },
    include: {
      user: {
        include: {
          pathsAsTrainer: {
            where: { ...scopeOwnedByEmployer(organizationId), status: "ACTIVE" },
            select: { trainerHoursPerWeek: true },
          },
        },
      },
    },
    orderBy: { user: { displayName: "asc" } },
  });
  return memberships.map((m) => ({
    userId: m.userId,
    name: m.user.displayName,
    hoursPerWeek: m.hoursPerWeek,
    activePaths: m.user.pathsAsTrainer.length,
    plannedHoursPerWeek: m.user.pathsAsTrainer.reduce((sum, p) => sum + (p.trainerHoursPerWeek ?? 0), 0),
  }));
}

const missingRecognitionSchema = z.object({
  requirement: z.string(),
  persons: z.array(z.object({ personId: z.string(), name: z.string() })),
});

/**
 * The SBB recognitions that the employer's active paths need and it lacks: per requirement, whose
 * planned route (the chosen one, else the first) depends on it.
 */
async function missingRecognitions(
  prisma: Prisma.TransactionClient,
  organizationId: string,
  recognitions: PlanFacts["recognitions"],
): Promise<z.infer<typeof missingRecognitionSchema>[]> {
  const paths = await prisma.developmentPath.findMany({
    where: { ...scopeOwnedByEmployer(organizationId), status: "ACTIVE" },
    include: { person: { include: { ...profileFacts(organizationId), evidence: true, credentials: true } } },
    orderBy: [{ person: { familyName: "asc" } }, { person: { givenName: "asc" } }],
  });
  const date = today();
  const byRequirement = new Map<string, { personId: string; name: string }[]>();
  for (const path of paths) {
    const facts = {
      recognitions,
      trainer: { assigned: Boolean(path.workplaceTrainerUserId), hoursPerWeek: path.trainerHoursPerWeek },
    };
    const plan = chosenPlan(
      path,
      toPersonProfile(path.person, path.person.evidence, path.person.credentials),
      facts,
      date,
    );
    const route = plan?.route ?? plan?.routes[0];
    const unmet = new Set(
      route?.steps.flatMap((s) =>
        s.preconditions.filter((p) => p.kind === "sbbRecognition" && !p.met).map((p) => p.message),
      ),
    );
    for (const requirement of unmet) {
      byRequirement.set(requirement, [
        ...(byRequirement.get(requirement) ?? []),
        { personId: path.personId, name: personName(path.person) },
      ]);
    }
  }
  return [...byRequirement].map(([requirement, persons]) => ({ requirement, persons }));
}

const MANAGES_ORGANISATION = ["ADMIN"] as const;
const onlyAdmin = "Alleen een beheerder van de organisatie kan dit wijzigen.";

const newLocationInput = z.object({
  name: z.string().trim().min(1, "Vul de naam van de locatie in.").max(120),
  type: locationType,
  lrkNumber: z
    .string()
    .trim()
    .regex(/^\d{9}$/, "Een LRK-nummer bestaat uit 9 cijfers."),
  city: z.string().trim().min(1, "Vul de plaats in.").max(80),
});

const newGroupInput = z
  .object({
    locationId: z.string().min(1),
    name: z.string().trim().min(1, "Vul de naam van de groep in.").max(80),
    minAgeMonths: z.number().int().min(0, "De leeftijd kan niet negatief zijn.").max(155),
    maxAgeMonths: z.number().int().min(1).max(156, "Kinderopvang loopt tot 13 jaar (156 maanden)."),
    maxChildren: z
      .number()
      .int()
      .min(1, "Een groep heeft minstens 1 kind.")
      .max(30, "Een stamgroep heeft hoogstens 30 kinderen."),
  })
  .refine((g) => g.maxAgeMonths > g.minAgeMonths, {
    message: "De hoogste leeftijd moet boven de laagste liggen.",
    path: ["maxAgeMonths"],
  });

const newRecognitionInput = z.object({
  crebo: z
    .string()
    .trim()
    .regex(/^\d{5}$/, "Een crebonummer bestaat uit 5 cijfers."),
  learningRoute,
  status: z.enum(["ACTIVE", "REQUESTED", "EXPIRED", "WITHDRAWN"]),
  recognisedFrom: z.iso.date("Vul een geldige datum in.").optional(),
  reviewDue: z.iso.date("Vul een geldige datum in.").optional(),
});

export const organisationRouter = router({
  /** The employer's open locations, for choosing one in a form (lighter than `get`). */
  locations: employerProcedure
    .input(z.void())
    .output(z.array(z.object({ id: z.string(), name: z.string(), type: locationType })))
    .query(({ ctx }) =>
      ctx.prisma.location.findMany({
        where: { ...scopeOwnedByEmployer(ctx.organizationId), archivedAt: null },
        select: { id: true, name: true, type: true },
        orderBy: { name: "asc" },
      }),
    ),

  /** Locations with their groups, SBB recognitions and praktijkopleiders of the active employer. */
  get: employerProcedure
    .input(z.void())
    .output(
      z.object({
        id: z.string(),
        name: z.string(),
        city: z.string().nullable(),
        locations: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            type: locationType,
            lrkNumber: z.string(),
            city: z.string(),
            groups: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                minAgeMonths: z.number(),
                maxAgeMonths: z.number(),
                maxChildren: z.number(),
              }),
            ),
          }),
        ),
        recognitions: z.array(
          z.object({
            id: z.string(),
            crebo: z.string(),
            qualificationTitle: z.string().nullable(),
            learningRoute,
            status: z.enum(["ACTIVE", "REQUESTED", "EXPIRED", "WITHDRAWN"]),
            recognisedFrom: z.iso.date().nullable(),
            reviewDue: z.iso.date().nullable(),
            location: z.string().nullable(),
          }),
        ),
        trainers: z.array(trainerSchema),
        missingRecognitions: z.array(missingRecognitionSchema),
      }),
    )
    .query(async ({ ctx }) => {
      const organisation = await ctx.prisma.organization.findUniqueOrThrow({
        where: { id: ctx.organizationId },
        include: {
          locations: {
            where: { archivedAt: null },
            include: { groups: { orderBy: { minAgeMonths: "asc" } } },
            orderBy: { name: "asc" },
          },
          sbbRecognitions: {
            include: { location: true },
            orderBy: [{ crebo: "asc" }, { learningRoute: "asc" }],
          },
        },
      });
      const qualificationByCrebo = new Map(
        childcareCatalog.qualifications.flatMap((q) => (q.crebo ? [[q.crebo, q.id] as const] : [])),
      );
      return {
        id: organisation.id,
        name: organisation.name,
        city: organisation.city,
        locations: organisation.locations.map((l) => ({
          id: l.id,
          name: l.name,
          type: l.type,
          lrkNumber: l.lrkNumber,
          city: l.city,
          groups: l.groups.map(({ id, name, minAgeMonths, maxAgeMonths, maxChildren }) => ({
            id,
            name,
            minAgeMonths,
            maxAgeMonths,
            maxChildren,
          })),
        })),
        recognitions: organisation.sbbRecognitions.map((r) => {
          const qualificationId = qualificationByCrebo.get(r.crebo);
          return {
            id: r.id,
            crebo: r.crebo,
            qualificationTitle: qualificationId
              ? (findQualification(childcareCatalog, qualificationId)?.title ?? null)
              : null,
            learningRoute: r.learningRoute,
            status: r.status,
            recognisedFrom: isoDateOrNull(r.recognisedFrom),
            reviewDue: isoDateOrNull(r.reviewDue),
            location: r.location?.name ?? null,
          };
        }),
        trainers: await workplaceTrainers(ctx.prisma, ctx.organizationId),
        missingRecognitions: await missingRecognitions(
          ctx.prisma,
          ctx.organizationId,
          organisation.sbbRecognitions,
        ),
      };
    }),

  addLocation: employerProcedure
    .input(newLocationInput)
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      requireRole(ctx.roles, [...MANAGES_ORGANISATION], onlyAdmin);
      if (await ctx.prisma.location.findUnique({ where: { lrkNumber: input.lrkNumber } })) {
        throw new TRPCError({
          code: "CONFLICT",
          message:
            "Dit LRK-nummer is al geregistreerd. Controleer het nummer in het Landelijk Register Kinderopvang.",
        });
      }
      return ctx.prisma.$transaction(async (tx) => {
        const location = await tx.location.create({
          data: { ...input, employerOrganizationId: ctx.organizationId },
        });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "location.create",
          entityType: "Location",
          entityId: location.id,
          ip: ctx.ip,
        });
        return { id: location.id };
      });
    }),

  addGroup: employerProcedure
    .input(newGroupInput)
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      requireRole(ctx.roles, [...MANAGES_ORGANISATION], onlyAdmin);
      const location = await ctx.prisma.location.findFirst({
        where: { id: input.locationId, ...scopeOwnedByEmployer(ctx.organizationId) },
      });
      if (!location)
        throw new TRPCError({ code: "NOT_FOUND", message: "Deze locatie hoort niet bij jouw organisatie." });
      return ctx.prisma.$transaction(async (tx) => {
        const group = await tx.locationGroup.create({
          data: { ...input, employerOrganizationId: ctx.organizationId },
        });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "locationGroup.create",
          entityType: "LocationGroup",
          entityId: group.id,
          ip: ctx.ip,
        });
        return { id: group.id };
      });
    }),

  addRecognition: employerProcedure
    .input(newRecognitionInput)
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      requireRole(ctx.roles, [...MANAGES_ORGANISATION], onlyAdmin);
      return ctx.prisma.$transaction(async (tx) => {
        const recognition = await tx.sbbRecognition.create({
          data: {
            employerOrganizationId: ctx.organizationId,
            crebo: input.crebo,
            learningRoute: input.learningRoute,
            status: input.status,
            recognisedFrom: input.recognisedFrom ? dateColumn(input.recognisedFrom) : null,
            reviewDue: input.reviewDue ? dateColumn(input.reviewDue) : null,
          },
        });
        await audit(tx, {
          actorUserId: ctx.session.userId,
          organizationId: ctx.organizationId,
          action: "sbbRecognition.create",
          entityType: "SbbRecognition",
          entityId: recognition.id,
          ip: ctx.ip,
        });
        return { id: recognition.id };
      });
    }),
});
