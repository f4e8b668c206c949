import { effectivePokStatus, replacedPokStatus } from "@ontwikkelpad/core";
import { z } from "zod";
import { isoDateOrNull, today } from "../../../shared/dates.ts";
import { pokStatusSchema } from "../../../shared/enums.ts";
import { ownEnrolment } from "../_shared/school-access.ts";
import { schoolProcedure } from "../../../trpc.ts";
import { readEmployerChoices } from "./choices.ts";

const linkedPok = z.object({ id: z.string(), employer: z.string(), pokStatus: pokStatusSchema }).nullable();

/** The POKs a change of employer linked to this one, and the leerbedrijven the learner can move to. */
export const options = schoolProcedure
  .meta({ action: "schoolMember" })
  .input(z.object({ enrolmentId: z.string().min(1) }))
  .output(
    z.object({
      replaces: linkedPok,
      replacedBy: linkedPok,
      /** The POK is running and not yet replaced: a change of employer can replace it. */
      replaceable: z.boolean(),
      employers: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          /** The learner has a current contract there. */
          employsLearner: z.boolean(),
          recognised: z.boolean(),
        }),
      ),
    }),
  )
  .query(async ({ ctx, input }) => {
    const linked = {
      select: {
        id: true,
        pokStatus: true,
        pokEndDate: true,
        employer: { select: { name: true } },
      },
    } as const;
    const enrolment = await ownEnrolment(ctx, input.enrolmentId, { replaces: linked, replacedBy: linked });
    const view = (e: typeof enrolment.replaces) =>
      e && {
        id: e.id,
        employer: e.employer.name,
        pokStatus: effectivePokStatus(e.pokStatus, isoDateOrNull(e.pokEndDate), today()),
      };
    const status = effectivePokStatus(enrolment.pokStatus, isoDateOrNull(enrolment.pokEndDate), today());
    const replaceable = !enrolment.replacedBy && replacedPokStatus(status) !== null;
    return {
      replaces: view(enrolment.replaces),
      replacedBy: view(enrolment.replacedBy),
      replaceable,
      employers: replaceable
        ? (await readEmployerChoices(ctx.prisma, ctx.organizationId, enrolment)).map((e) => ({
            id: e.id,
            name: e.name,
            employsLearner: e.employsLearner,
            recognised: e.recognised,
          }))
        : [],
    };
  });
