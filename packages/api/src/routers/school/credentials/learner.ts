import { z } from "zod";
import { today } from "../../../shared/dates.ts";
import { personName } from "../../../shared/person-profile.ts";
import { ownLearner } from "../_shared/school-learners.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { aimSchema, learnerAims, learnerInclude } from "./aims.ts";

/** One learner of the school: per credential they aim at, eligible today or what is missing. */
export const learner = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.object({ personId: z.string().min(1) }))
  .output(
    z.object({
      personId: z.string(),
      name: z.string(),
      employer: z.string().nullable(),
      aims: z.array(aimSchema),
    }),
  )
  .query(async ({ ctx, input }) => {
    const { employerOrganizationId } = await ownLearner(ctx, input.personId);
    const [person, enrolments] = await Promise.all([
      ctx.prisma.person.findUniqueOrThrow({
        where: { id: input.personId },
        include: learnerInclude(ctx.organizationId, employerOrganizationId),
      }),
      ctx.prisma.enrolment.findMany({
        where: { personId: input.personId, schoolOrganizationId: ctx.organizationId },
        select: { credentialId: true },
      }),
    ]);
    return {
      personId: person.id,
      name: personName(person),
      employer: person.employer?.name ?? null,
      aims: learnerAims(
        person,
        ctx.organizationId,
        enrolments.map((e) => e.credentialId),
        today(),
      ),
    };
  });
