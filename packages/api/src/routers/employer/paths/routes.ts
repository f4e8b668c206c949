import { goalSchema } from "@ontwikkelpad/core";
import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { z } from "zod";
import { ownPerson } from "../_shared/access.ts";
import { today } from "../../../shared/dates.ts";
import { profileFacts, toPersonProfile } from "../../../shared/person-profile.ts";
import { planFacts, planView, planViewSchema } from "../../../shared/plan-view.ts";
import { employerProcedure } from "../../../trpc.ts";

/** Alternative routes to a goal side by side, before one is chosen (step 4). */
export const routes = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.object({ personId: z.string().min(1), goal: goalSchema }))
  .output(planViewSchema)
  .query(async ({ ctx, input }) => {
    const person = await ownPerson(ctx, input.personId, {
      ...profileFacts(ctx.organizationId),
      evidence: true,
      credentials: true,
      developmentPaths: {
        where: { ...scopeOwnedByEmployer(ctx.organizationId), status: "ACTIVE" },
        take: 1,
      },
    });
    const facts = await planFacts(ctx.prisma, ctx.organizationId, person.developmentPaths[0] ?? null);
    return planView(toPersonProfile(person, person.evidence, person.credentials), input.goal, facts, today());
  });
