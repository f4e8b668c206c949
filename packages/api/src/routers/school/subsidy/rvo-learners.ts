import { assertForRvo } from "@ontwikkelpad/core";
import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDateOrNull } from "../../../shared/dates.ts";
import { learningRouteSchema } from "../../../shared/enums.ts";
import { judgeEach } from "../../../shared/judge-each.ts";
import { personName } from "../../../shared/person-profile.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { pokPeriodInclude, rvoPokFacts, SUBSIDISED_POK } from "./pok-period.ts";

/**
 * The school's BBL and derde-leerweg learners whose POK was signed, for the RVO export: each marked
 * with core's reason when it cannot go to RVO (a POK withdrawn after signing, one without a start date).
 */
export const rvoLearners = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.void())
  .output(
    z.array(
      z.object({
        id: z.string(),
        person: z.string(),
        /** For ordering by family name (`compareFamilyNames`). */
        givenName: z.string(),
        familyName: z.string(),
        employer: z.string(),
        learningRoute: learningRouteSchema,
        startDate: z.iso.date().nullable(),
        endDate: z.iso.date().nullable(),
        /** Why this learner cannot go into the RVO upload; null when they can. */
        problem: z.string().nullable(),
      }),
    ),
  )
  .query(async ({ ctx }) => {
    const rows = await ctx.prisma.enrolment.findMany({
      where: { AND: [scopeOwnedBySchool(ctx.organizationId), SUBSIDISED_POK] },
      include: {
        person: { select: { givenName: true, familyName: true } },
        employer: { select: { name: true } },
        ...pokPeriodInclude,
      },
      orderBy: [{ person: { familyName: "asc" } }, { person: { givenName: "asc" } }],
    });
    return judgeEach(rows, (e) => assertForRvo(rvoPokFacts(e))).map(({ row: e, problem }) => ({
      id: e.id,
      person: personName(e.person),
      givenName: e.person.givenName,
      familyName: e.person.familyName,
      employer: e.employer.name,
      learningRoute: e.learningRoute,
      startDate: isoDateOrNull(e.pokStartDate),
      endDate: isoDateOrNull(e.pokEndDate),
      problem,
    }));
  });
