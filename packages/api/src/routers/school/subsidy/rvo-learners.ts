import { isPokOpenForEvidence, isSubsidisedRoute } from "@ontwikkelpad/core";
import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDateOrNull } from "../../../shared/dates.ts";
import { learningRouteSchema, toCoreLearningRoute } from "../../../shared/enums.ts";
import { personName } from "../../../shared/person-profile.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { pokPeriod, pokPeriodInclude } from "./pok-period.ts";

/** The school's learners the RVO export can take: BBL or derde leerweg, with a signed (or ended) POK. */
export const rvoLearners = schoolProcedure
  .input(z.void())
  .output(
    z.array(
      z.object({
        id: z.string(),
        person: z.string(),
        employer: z.string(),
        learningRoute: learningRouteSchema,
        startDate: z.iso.date().nullable(),
        endDate: z.iso.date().nullable(),
      }),
    ),
  )
  .query(async ({ ctx }) => {
    const rows = await ctx.prisma.enrolment.findMany({
      where: { AND: [scopeOwnedBySchool(ctx.organizationId), { pokSignedOn: { not: null } }] },
      include: {
        person: { select: { givenName: true, familyName: true } },
        employer: { select: { name: true } },
        ...pokPeriodInclude,
      },
      orderBy: [{ person: { familyName: "asc" } }, { person: { givenName: "asc" } }],
    });
    return rows
      .filter(
        (e) =>
          isPokOpenForEvidence(pokPeriod(e).status) &&
          isSubsidisedRoute(toCoreLearningRoute(e.learningRoute)),
      )
      .map((e) => ({
        id: e.id,
        person: personName(e.person),
        employer: e.employer.name,
        learningRoute: e.learningRoute,
        startDate: isoDateOrNull(e.pokStartDate),
        endDate: isoDateOrNull(e.pokEndDate),
      }));
  });
