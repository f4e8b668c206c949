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

/** What `rewritePerson` replaced: enough to put the person back as they were (`restorePerson`). */
export interface ReplacedPerson {
  personId: string;
  person: { givenName: string; familyName: string; email: string | null };
  /** The employment as it was, or the id of the one the rewrite started. */
  employment: { kind: "updated"; id: string; previous: EmploymentFields } | { kind: "created"; id: string };
}

type EmploymentFields = {
  locationId: string | null;
  functionId: string;
  hoursPerWeek: number;
  contractStart: Date;
  contractEnd: Date | null;
};

/**
 * Corrects a person's name and contact and their latest own employment (or starts one), as both
 * update and a re-import change them. Returns what it replaced.
 */
export async function rewritePerson(
  tx: Prisma.TransactionClient,
  organizationId: string,
  personId: string,
  input: Omit<z.infer<typeof createPersonInput>, "kind">,
): Promise<ReplacedPerson> {
  const employment: EmploymentFields = {
    locationId: input.locationId ?? null,
    functionId: input.functionId,
    hoursPerWeek: input.hoursPerWeek,
    contractStart: dateColumn(input.contractStart),
    contractEnd: input.contractEnd ? dateColumn(input.contractEnd) : null,
  };
  const person = await tx.person.findUniqueOrThrow({
    where: { id: personId },
    select: { givenName: true, familyName: true, email: true },
  });
  await tx.person.update({
    where: { id: personId },
    data: { givenName: input.givenName, familyName: input.familyName, email: input.email ?? null },
  });
  const current = await tx.employment.findFirst({
    where: { personId, ...scopeOwnedByEmployer(organizationId) },
    orderBy: { contractStart: "desc" },
    select: { id: true, ...EMPLOYMENT_FIELDS },
  });
  if (current) {
    const { id, ...previous } = current;
    await tx.employment.update({ where: { id }, data: employment });
    return { personId, person, employment: { kind: "updated", id, previous } };
  }
  const created = await tx.employment.create({
    data: { ...employment, personId, employerOrganizationId: organizationId },
    select: { id: true },
  });
  return { personId, person, employment: { kind: "created", id: created.id } };
}

const EMPLOYMENT_FIELDS = {
  locationId: true,
  functionId: true,
  hoursPerWeek: true,
  contractStart: true,
  contractEnd: true,
} as const;

/** Undoes a `rewritePerson`: the person's name and contact and their employment as they were. */
export async function restorePerson(tx: Prisma.TransactionClient, replaced: ReplacedPerson) {
  await tx.person.update({ where: { id: replaced.personId }, data: replaced.person });
  if (replaced.employment.kind === "updated")
    await tx.employment.update({
      where: { id: replaced.employment.id },
      data: replaced.employment.previous,
    });
  else await tx.employment.delete({ where: { id: replaced.employment.id } });
}

/** Undoes `insertPerson` for persons nothing else refers to yet: their employments and themselves. */
export async function removeInsertedPersons(tx: Prisma.TransactionClient, personIds: string[]) {
  await tx.employment.deleteMany({ where: { personId: { in: personIds } } });
  await tx.person.deleteMany({ where: { id: { in: personIds } } });
}
