import { scopeOwnedByEmployer } from "@ontwikkelpad/db";
import { z } from "zod";
import { ownLocation, ownPerson } from "../../../shared/access.ts";
import { audit } from "../../../shared/audit.ts";
import { dateColumn } from "../../../shared/dates.ts";
import { employerProcedure } from "../../../trpc.ts";
import { updatePersonInput } from "./person-input.ts";

/** Corrects name, contact and the current employment (function, location, hours, contract dates). */
export const updatePerson = employerProcedure
  .input(updatePersonInput)
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const person = await ownPerson(ctx, input.personId, {
      employments: {
        where: scopeOwnedByEmployer(ctx.organizationId),
        orderBy: { contractStart: "desc" },
        take: 1,
      },
    });
    await ownLocation(ctx, input.locationId);
    const employment = {
      locationId: input.locationId ?? null,
      functionId: input.functionId,
      hoursPerWeek: input.hoursPerWeek,
      contractStart: dateColumn(input.contractStart),
      contractEnd: input.contractEnd ? dateColumn(input.contractEnd) : null,
    };
    await ctx.prisma.$transaction(async (tx) => {
      await tx.person.update({
        where: { id: person.id },
        data: { givenName: input.givenName, familyName: input.familyName, email: input.email ?? null },
      });
      const current = person.employments[0];
      if (current) await tx.employment.update({ where: { id: current.id }, data: employment });
      else
        await tx.employment.create({
          data: { ...employment, personId: person.id, employerOrganizationId: ctx.organizationId },
        });
      await audit(tx, {
        actorUserId: ctx.session.userId,
        organizationId: ctx.organizationId,
        action: "person.update",
        entityType: "Person",
        entityId: person.id,
        ip: ctx.ip,
      });
    });
    return { ok: true as const };
  });
