import { z } from "zod";
import { ownLocation, ownPerson } from "../_shared/access.ts";
import { audit } from "../../../shared/audit.ts";
import { employerProcedure } from "../../../trpc.ts";
import { rewritePerson } from "./insert-person.ts";
import { updatePersonInput } from "./person-input.ts";

/** Corrects name, contact and the current employment (function, location, hours, contract dates). */
export const update = employerProcedure
  .meta({ action: "employerMember" })
  .input(updatePersonInput)
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const person = await ownPerson(ctx, input.personId);
    await ownLocation(ctx, input.locationId);
    await ctx.prisma.$transaction(async (tx) => {
      await rewritePerson(tx, ctx.organizationId, person.id, input);
      await audit(tx, ctx, "person.update", { entity: "Person", entityId: person.id });
    });
    return { ok: true as const };
  });
