import { scopeOwnedByEmployer, type Prisma } from "@ontwikkelpad/db";
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

/**
 * Corrects a person's name and contact and their latest own employment (or starts one), as both
 * update and a re-import change them.
 */
export async function rewritePerson(
  tx: Prisma.TransactionClient,
  organizationId: string,
  personId: string,
  input: Omit<z.infer<typeof createPersonInput>, "kind">,
) {
  const employment = {
    locationId: input.locationId ?? null,
    functionId: input.functionId,
    hoursPerWeek: input.hoursPerWeek,
    contractStart: dateColumn(input.contractStart),
    contractEnd: input.contractEnd ? dateColumn(input.contractEnd) : null,
  };
  await tx.person.update({
    where: { id: personId },
    data: { givenName: input.givenName, familyName: input.familyName, email: input.email ?? null },
  });
  const current = await tx.employment.findFirst({
    where: { personId, ...scopeOwnedByEmployer(organizationId) },
    orderBy: { contractStart: "desc" },
    select: { id: true },
  });
  if (current) await tx.employment.update({ where: { id: current.id }, data: employment });
  else
    await tx.employment.create({ data: { ...employment, personId, employerOrganizationId: organizationId } });
}
