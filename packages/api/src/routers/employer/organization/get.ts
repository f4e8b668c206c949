import { childcareCatalog, findQualification } from "@ontwikkelpad/core";
import { scopeOwnedByEmployer, type Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDateOrNull, today } from "../../../shared/dates.ts";
import { learningRouteSchema, locationTypeSchema, recognitionStatusSchema } from "../../../shared/enums.ts";
import { judgeEach, unjudgedPersonSchema } from "../../../shared/judge-each.ts";
import { personName, profileFacts, toPersonProfile } from "../../../shared/person-profile.ts";
import { activeRecognitions, chosenPlan, pathFacts } from "../../../shared/plan-view.ts";
import { workplaceTrainerSchema, workplaceTrainers } from "../_shared/trainers.ts";
import { employerProcedure } from "../../../trpc.ts";

const missingRecognitionSchema = z.object({
  requirement: z.string(),
  persons: z.array(z.object({ personId: z.string(), name: z.string() })),
});

/**
 * The SBB recognitions that the employer's active paths need and it lacks: per requirement, whose
 * planned route (the chosen one, else the first) depends on it; and the persons on a path whose
 * stored facts the planner could not judge, with the reason.
 */
async function missingRecognitions(
  prisma: Prisma.TransactionClient,
  organizationId: string,
): Promise<{
  missing: z.infer<typeof missingRecognitionSchema>[];
  unjudged: z.infer<typeof unjudgedPersonSchema>[];
}> {
  const paths = await prisma.developmentPath.findMany({
    where: { ...scopeOwnedByEmployer(organizationId), status: "ACTIVE" },
    include: { person: { include: { ...profileFacts(organizationId), evidence: true, credentials: true } } },
    orderBy: [{ person: { familyName: "asc" } }, { person: { givenName: "asc" } }],
  });
  const recognitions = await activeRecognitions(prisma, organizationId);
  const date = today();
  const byRequirement = new Map<string, { personId: string; name: string }[]>();
  const judged = judgeEach(paths, (path) =>
    chosenPlan(
      path,
      toPersonProfile(path.person, path.person.evidence, path.person.credentials),
      pathFacts(recognitions, path),
      date,
    ),
  );
  for (const { row: path, judgement: plan } of judged) {
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
  const unjudged = judged.flatMap(({ row, problem }) =>
    problem === null ? [] : [{ personId: row.personId, name: personName(row.person), problem }],
  );
  return {
    missing: [...byRequirement].map(([requirement, persons]) => ({ requirement, persons })),
    unjudged,
  };
}

/** Locations with their groups, SBB recognitions and praktijkopleiders of the active employer. */
export const get = employerProcedure
  .meta({ action: "employerMember" })
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
          type: locationTypeSchema,
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
          learningRoute: learningRouteSchema,
          status: recognitionStatusSchema,
          recognisedFrom: z.iso.date().nullable(),
          reviewDue: z.iso.date().nullable(),
          location: z.string().nullable(),
        }),
      ),
      trainers: z.array(workplaceTrainerSchema),
      missingRecognitions: z.array(missingRecognitionSchema),
      /** Persons on a path whose stored facts the planner could not judge: their needs are not counted. */
      unjudged: z.array(unjudgedPersonSchema),
    }),
  )
  .query(async ({ ctx }) => {
    const organization = await ctx.prisma.organization.findUniqueOrThrow({
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
    const needs = await missingRecognitions(ctx.prisma, ctx.organizationId);
    return {
      id: organization.id,
      name: organization.name,
      city: organization.city,
      locations: organization.locations.map((l) => ({
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
      recognitions: organization.sbbRecognitions.map((r) => {
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
      missingRecognitions: needs.missing,
      unjudged: needs.unjudged,
    };
  });
