import { z } from "zod";
import { employerProcedure } from "../../../trpc.ts";
import { handoverViewSchema, readHandovers } from "./handover.ts";

/**
 * The Ontwikkelpaden of people who moved here from another employer and consent to share them with
 * this one: the goal, its route, perspective and ambition, the credentials achieved on the way, and
 * whether this employer continues it. The consent is asked at this moment: once withdrawn, the path is
 * gone from the list (the continued path keeps only what this employer itself recorded).
 */
export const handovers = employerProcedure
  .meta({ action: "employerMember" })
  .input(z.void())
  .output(z.array(handoverViewSchema))
  .query(async ({ ctx }) => (await readHandovers(ctx.prisma, ctx.organizationId)).map((h) => h.view));
