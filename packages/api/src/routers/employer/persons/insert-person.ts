import { type Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { dateColumn } from "../../../shared/dates.ts";
import { createPersonInput } from "./person-input.ts";

/** A person and their current employment, as both create and import add them. */
export async function insertPerson(
  tx: Prisma.TransactionClient,
  organizationId: string,
  input: z.infer<typeof createPersonInput>,
) {
  const person = await tx.person.create({
    data: {
      kind: input.kind,
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email ?? null,
      employerOrganizationId: organizationId,
    },
  });
  await tx.employment.create({
    data: {
      personId: person.id,
      employerOrganizationId: organizationId,
      locationId: input.locationId ?? null,
      functionId: input.functionId,
      hoursPerWeek: input.hoursPerWeek,
      contractStart: dateColumn(input.contractStart),
      contractEnd: input.contractEnd ? dateColumn(input.contractEnd) : null,
    },
  });
  return person;
}
