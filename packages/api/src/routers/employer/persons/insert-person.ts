import { randomUUID } from "node:crypto";
import { scopeOwnedByEmployer, type Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { dateColumn } from "../../../shared/dates.ts";
import { createPersonInput } from "./person-input.ts";

type PersonInput = z.infer<typeof createPersonInput>;

/** A person and their current employment, as create adds them. */
export async function insertPerson(tx: Prisma.TransactionClient, organizationId: string, input: PersonInput) {
  const [id] = await insertPersons(tx, organizationId, [input]);
  return { id: id! };
}

/**
 * Persons and their current employments, in two statements whatever their number (an import writes a
 * batch at once). Returns the new persons' ids in the order of `inputs`. The ids are made here, so each
 * employment names its person without relying on the order a multi-row INSERT returns its rows in.
 */
export async function insertPersons(
  tx: Prisma.TransactionClient,
  organizationId: string,
  inputs: PersonInput[],
): Promise<string[]> {
  if (inputs.length === 0) return [];
  const ids = inputs.map(() => randomUUID());
  await tx.person.createMany({
    data: inputs.map((input, index) => ({
      id: ids[index]!,
      kind: input.kind,
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email ?? null,
      employerOrganizationId: organizationId,
    })),
  });
  await tx.employment.createMany({
    data: inputs.map((input, index) => ({
      ...employmentFields(input),
      personId: ids[index]!,
      employerOrganizationId: organizationId,
    })),
  });
  return ids;
}

const employmentFields = (input: Omit<PersonInput, "kind">): EmploymentFields => ({
  locationId: input.locationId ?? null,
  functionId: input.functionId,
  hoursPerWeek: input.hoursPerWeek,
  contractStart: dateColumn(input.contractStart),
  contractEnd: input.contractEnd ? dateColumn(input.contractEnd) : null,
});

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
 * Corrects a person's name and contact and their latest own employment (or starts one), as update
 * changes them. Returns what it replaced.
 */
export async function rewritePerson(
  tx: Prisma.TransactionClient,
  organizationId: string,
  personId: string,
  input: Omit<PersonInput, "kind">,
): Promise<ReplacedPerson> {
  const [replaced] = await rewritePersons(tx, organizationId, [{ personId, input }]);
  return replaced!;
}

/**
 * `rewritePerson` for several team members at once, as a re-import changes them: what they were is
 * read in two statements for all of them, then each is written. Returns what it replaced, in order.
 */
export async function rewritePersons(
  tx: Prisma.TransactionClient,
  organizationId: string,
  rows: { personId: string; input: Omit<PersonInput, "kind"> }[],
): Promise<ReplacedPerson[]> {
  if (rows.length === 0) return [];
  const personIds = rows.map((row) => row.personId);
  const [persons, employments] = await Promise.all([
    tx.person.findMany({
      where: { id: { in: personIds } },
      select: { id: true, givenName: true, familyName: true, email: true },
    }),
    tx.employment.findMany({
      where: { personId: { in: personIds }, ...scopeOwnedByEmployer(organizationId) },
      orderBy: { contractStart: "desc" },
      select: { id: true, personId: true, ...EMPLOYMENT_FIELDS },
    }),
  ]);
  const personById = new Map(persons.map(({ id, ...person }) => [id, person]));
  const latestEmployment = new Map<string, (typeof employments)[number]>();
  for (const employment of employments)
    if (!latestEmployment.has(employment.personId)) latestEmployment.set(employment.personId, employment);
  const replaced: ReplacedPerson[] = [];
  for (const { personId, input } of rows) {
    const person = personById.get(personId);
    if (!person) throw new Error(`rewritePersons: no person ${personId}`);
    await tx.person.update({
      where: { id: personId },
      data: { givenName: input.givenName, familyName: input.familyName, email: input.email ?? null },
    });
    const employment = employmentFields(input);
    const current = latestEmployment.get(personId);
    if (current) {
      const { id, personId: _personId, ...previous } = current;
      await tx.employment.update({ where: { id }, data: employment });
      replaced.push({ personId, person, employment: { kind: "updated", id, previous } });
    } else {
      const created = await tx.employment.create({
        data: { ...employment, personId, employerOrganizationId: organizationId },
        select: { id: true },
      });
      replaced.push({ personId, person, employment: { kind: "created", id: created.id } });
    }
  }
  return replaced;
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
