import { z } from "zod";
import { ownLocation } from "../_shared/access.ts";
import { audit } from "../../../shared/audit.ts";
import { employerProcedure } from "../../../trpc.ts";
import { insertPerson } from "./insert-person.ts";
import { createPersonInput } from "./person-input.ts";

export const create = employerProcedure
  .meta({ action: "employerMember" })
  .input(createPersonInput)
  .output(z.object({ id: z.string() }))
  .mutation(async ({ ctx, input }) => {
    await ownLocation(ctx, input.locationId);
    return ctx.prisma.$transaction(async (tx) => {
      const person = await insertPerson(tx, ctx.organizationId, input);
      await audit(tx, ctx, "person.create", { entity: "Person", entityId: person.id });
      return { id: person.id };
    });
  });
