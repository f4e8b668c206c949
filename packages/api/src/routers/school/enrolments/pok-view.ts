import {
  allowedPokTransitions,
  childcareCatalog,
  effectivePokStatus,
  findCredentialCrebo,
  isPokEditable,
  missingPokFields,
  type PokFacts,
} from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDateOrNull, today } from "../../../shared/dates.ts";
import { pokStatusSchema } from "../../../shared/enums.ts";
import { readIsRecognised } from "../_shared/recognition.ts";

type EnrolmentRow = Prisma.EnrolmentGetPayload<object>;

/** Core's view of a stored POK, with the leerbedrijf's recognition for the credential's crebo today. */
export async function readPokFacts(
  prisma: Prisma.TransactionClient,
  enrolment: EnrolmentRow,
): Promise<PokFacts> {
  return {
    status: enrolment.pokStatus,
    workplaceTrainerAssigned: enrolment.workplaceTrainerUserId !== null,
    teacherAssigned: enrolment.teacherUserId !== null,
    startDate: isoDateOrNull(enrolment.pokStartDate),
    endDate: isoDateOrNull(enrolment.pokEndDate),
    totalHours: enrolment.pokTotalHours,
    hoursPerWeek: enrolment.pokHoursPerWeek,
    daysPerWeek: enrolment.pokDaysPerWeek,
    recognised: await readIsRecognised(
      prisma,
      enrolment.employerOrganizationId,
      findCredentialCrebo(childcareCatalog, enrolment.credentialId),
      enrolment.learningRoute,
      today(),
    ),
  };
}

export const pokStateSchema = z.object({
  status: pokStatusSchema,
  editable: z.boolean(),
  /** Statuses the POK may move to now. */
  next: z.array(pokStatusSchema),
  /** What a complete POK still lacks (empty when complete). */
  missing: z.array(z.string()),
  recognised: z.boolean(),
});

export function pokState(facts: PokFacts, endDate: string | null): z.infer<typeof pokStateSchema> {
  const status = effectivePokStatus(facts.status, endDate, today());
  return {
    status,
    editable: isPokEditable(status),
    next: [...allowedPokTransitions(status)],
    missing: missingPokFields(facts),
    recognised: facts.recognised,
  };
}
