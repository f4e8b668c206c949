import { effectivePokStatus } from "@ontwikkelpad/core";
import { scopeOwnedBySchool } from "@ontwikkelpad/db";
import { z } from "zod";
import { credentialTitle } from "../../../shared/catalog-titles.ts";
import { isoDateOrNull, today } from "../../../shared/dates.ts";
import { learningRouteSchema, pokStatusSchema } from "../../../shared/enums.ts";
import { personName } from "../../../shared/person-profile.ts";
import { schoolProcedure } from "../../../trpc.ts";

/** The school's enrolments with the status of each POK. */
export const list = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.void())
  .output(
    z.array(
      z.object({
        id: z.string(),
        personId: z.string(),
        person: z.string(),
        employer: z.string(),
        credentialTitle: z.string(),
        learningRoute: learningRouteSchema,
        pokStatus: pokStatusSchema,
        startDate: z.iso.date().nullable(),
        endDate: z.iso.date().nullable(),
      }),
    ),
  )
  .query(async ({ ctx }) => {
    const rows = await ctx.prisma.enrolment.findMany({
      where: scopeOwnedBySchool(ctx.organizationId),
      include: {
        person: { select: { givenName: true, familyName: true } },
        employer: { select: { name: true } },
      },
      orderBy: { createdAt: "desc" },
    });
    return rows.map((e) => ({
      id: e.id,
      personId: e.personId,
      person: personName(e.person),
      employer: e.employer.name,
      credentialTitle: credentialTitle(e.credentialId),
      learningRoute: e.learningRoute,
      pokStatus: effectivePokStatus(e.pokStatus, isoDateOrNull(e.pokEndDate), today()),
      startDate: isoDateOrNull(e.pokStartDate),
      endDate: isoDateOrNull(e.pokEndDate),
    }));
  });
