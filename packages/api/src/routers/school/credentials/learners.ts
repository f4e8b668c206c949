import { z } from "zod";
import { today } from "../../../shared/dates.ts";
import { judgeEach } from "../../../shared/judge-each.ts";
import { personName } from "../../../shared/person-profile.ts";
import { schoolLearnerWhere } from "../_shared/school-learners.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { learnerAims, learnerInclude } from "./aims.ts";

/**
 * The school's learners (an enrolment at it or a request to it), each with what they may be issued
 * today and how many credentials they aim at are still missing something; a learner whose stored
 * facts core refuses is listed with the reason instead.
 */
export const learners = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.void())
  .output(
    z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        /** For ordering by family name (`compareFamilyNames`). */
        givenName: z.string(),
        familyName: z.string(),
        employer: z.string().nullable(),
        eligible: z.array(z.object({ credentialId: z.string(), title: z.string() })),
        missingCount: z.number().int(),
        issuedCount: z.number().int(),
        /** Why core could not judge this learner's facts (nothing is eligible then); null when it could. */
        problem: z.string().nullable(),
      }),
    ),
  )
  .query(async ({ ctx }) => {
    const school = { schoolOrganizationId: ctx.organizationId };
    const ids = await ctx.prisma.person.findMany({
      where: schoolLearnerWhere(ctx.organizationId),
      select: { id: true, employerOrganizationId: true },
    });
    // One query per employer: the profile facts (held credentials, enrolments) are the employer's.
    const employers = [...new Set(ids.map((p) => p.employerOrganizationId))];
    const [groups, enrolments] = await Promise.all([
      Promise.all(
        employers.map((employerOrganizationId) =>
          ctx.prisma.person.findMany({
            where: { id: { in: ids.map((p) => p.id) }, employerOrganizationId },
            include: learnerInclude(ctx.organizationId, employerOrganizationId),
          }),
        ),
      ),
      ctx.prisma.enrolment.findMany({ where: school, select: { personId: true, credentialId: true } }),
    ]);
    const people = groups.flat();
    const date = today();
    const judged = judgeEach(people, (person) =>
      learnerAims(
        person,
        ctx.organizationId,
        enrolments.filter((e) => e.personId === person.id).map((e) => e.credentialId),
        date,
      ),
    );
    return judged.map(({ row: person, judgement: aims, problem }) => ({
      personId: person.id,
      name: personName(person),
      givenName: person.givenName,
      familyName: person.familyName,
      employer: person.employer?.name ?? null,
      eligible: (aims ?? [])
        .filter((a) => a.status === "eligible")
        .map((a) => ({ credentialId: a.credentialId, title: a.title })),
      missingCount: (aims ?? []).filter((a) => a.status === "missing").length,
      issuedCount: person.credentials.filter((c) => c.schoolOrganizationId === ctx.organizationId).length,
      problem,
    }));
  });
