import { childcareCatalog, findFunction } from "@ontwikkelpad/core";
import { z } from "zod";
import { requireAction } from "../../../shared/authorization.ts";
import { audit } from "../../../shared/audit.ts";
import { today } from "../../../shared/dates.ts";
import { routeViewSchema } from "../../../shared/plan-view.ts";
import { findCandidate, regionDeskProcedure } from "../_shared/region-desk.ts";
import { ADVISE_MESSAGE, goalFunctionIdSchema, requireAdviceConsent } from "./advice-note.ts";
import { planAdvice } from "./advice-plan.ts";

export const fundingViewSchema = z.object({
  instrumentId: z.string(),
  title: z.string(),
  status: z.enum(["eligible", "not-eligible", "closed"]),
  amountEuro: z.number().nullable(),
  unmetConditions: z.array(z.string()),
});

/**
 * The routes an LWL advice can choose from, for a candidate and a goal function: core's planner
 * (steps, leerweg, duration) and, for the first step of each route, core's funding check with the
 * amounts and the conditions not met yet. Needs the candidate's consent for advice to this region, in
 * force now. What the adviser writes and gives is the advice note (`save`, `give`).
 */
export const get = regionDeskProcedure
  .meta({ action: "adviseCandidates" })
  .input(z.object({ candidateId: z.string().min(1), goalFunctionId: goalFunctionIdSchema }))
  .output(
    z.object({
      candidate: z.string(),
      goalFunction: z.string(),
      date: z.iso.date(),
      alreadyMet: z.boolean(),
      routes: z.array(routeViewSchema.extend({ funding: z.array(fundingViewSchema) })),
    }),
  )
  .query(async ({ ctx, input }) => {
    requireAction(ctx, ADVISE_MESSAGE);
    const candidate = await findCandidate(ctx, input.candidateId);
    requireAdviceConsent(candidate, ctx.regionOrganizationId);
    const date = today();
    const plan = planAdvice(candidate, input.goalFunctionId, date);
    await audit(ctx.prisma, ctx, "candidate.advice", {
      entity: "CandidateRegistration",
      entityId: candidate.id,
      details: { goalFunctionId: input.goalFunctionId },
    });
    return {
      candidate: `${candidate.person.givenName} ${candidate.person.familyName}`,
      goalFunction: findFunction(childcareCatalog, input.goalFunctionId)!.title,
      date,
      ...plan,
    };
  });
