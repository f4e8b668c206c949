import { aimedCredentials, childcareCatalog, examResultCounts } from "@ontwikkelpad/core";
import { z } from "zod";
import { credentialTitle } from "../../../shared/catalog-titles.ts";
import { personName } from "../../../shared/person-profile.ts";
import { schoolLearnerWhere } from "../_shared/school-learners.ts";
import { schoolProcedure } from "../../../trpc.ts";

/** The school's learners with what they aim at here (core's `aimedCredentials`) and how many exam results wait for or are established. */
export const list = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.void())
  .output(
    z.array(
      z.object({
        personId: z.string(),
        person: z.string(),
        /** For ordering by family name (`compareFamilyNames`). */
        givenName: z.string(),
        familyName: z.string(),
        employer: z.string().nullable(),
        aims: z.array(z.string()),
        awaitingEstablishment: z.number().int(),
        established: z.number().int(),
      }),
    ),
  )
  .query(async ({ ctx }) => {
    const own = { schoolOrganizationId: ctx.organizationId };
    const persons = await ctx.prisma.person.findMany({
      where: schoolLearnerWhere(ctx.organizationId),
      select: {
        id: true,
        givenName: true,
        familyName: true,
        employer: { select: { name: true } },
        enrolments: { where: own, select: { credentialId: true } },
        trainingRequests: { where: own, select: { credentialId: true } },
        credentialRequests: { where: own, select: { credentialId: true } },
        developmentPaths: { where: { status: "ACTIVE" }, select: { goalCredentialId: true } },
        examResults: { where: own, select: { status: true } },
      },
      orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
    });
    return persons.map((p) => ({
      personId: p.id,
      person: personName(p),
      givenName: p.givenName,
      familyName: p.familyName,
      employer: p.employer?.name ?? null,
      aims: aimedCredentials(childcareCatalog, {
        enrolments: p.enrolments.map((e) => e.credentialId),
        requests: [...p.trainingRequests, ...p.credentialRequests].map((r) => r.credentialId),
        pathGoals: p.developmentPaths.map((d) => d.goalCredentialId),
      }).map(credentialTitle),
      awaitingEstablishment: p.examResults.filter((r) => r.status === "ASSESSED").length,
      established: p.examResults.filter((r) => examResultCounts(r.status)).length,
    }));
  });
