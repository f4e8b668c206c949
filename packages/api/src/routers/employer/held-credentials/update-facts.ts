import { z } from "zod";
import { ownPerson } from "../_shared/access.ts";
import { audit } from "../../../shared/audit.ts";
import { readStartingPoint, startingPointSchema } from "../../../shared/person-profile.ts";
import { employerProcedure } from "../../../trpc.ts";
import { personFactsSchema } from "./schemas.ts";

/** Language level with its source, VOG with Personenregister, babyscholing and experience. */
export const updateFacts = employerProcedure
  .meta({ action: "employerMember" })
  .input(personFactsSchema.extend({ personId: z.string().min(1) }))
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const person = await ownPerson(ctx, input.personId);
    const { personId: _personId, ...facts } = input;
    const profile = startingPointSchema.parse({ ...readStartingPoint(person.profile), ...facts });
    await ctx.prisma.$transaction(async (tx) => {
      await tx.person.update({ where: { id: person.id }, data: { profile } });
      await audit(tx, ctx, "person.updateFacts", { entity: "Person", entityId: person.id, details: facts });
    });
    return { ok: true as const };
  });
