import {
  childcareCatalog,
  effectivePokStatus,
  findCredentialCrebo,
  isPokEditable,
  manualPokTransitions,
  missingPokFields,
  POK_PARTIES,
  type PokFacts,
  type PokParty,
  type PokSignature,
  type PokSignatures,
} from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate, isoDateOrNull, today } from "../../../shared/dates.ts";
import { pokPartySchema, pokStatusSchema } from "../../../shared/enums.ts";
import { readIsRecognised } from "../../../shared/recognition.ts";

type EnrolmentRow = Prisma.EnrolmentGetPayload<object>;

/** The columns that hold each party's signature: who signed, and on which day. */
export const SIGNATURE_COLUMNS = {
  LEARNER: { by: "pokLearnerSignedBy", on: "pokLearnerSignedOn" },
  EMPLOYER: { by: "pokEmployerSignedBy", on: "pokEmployerSignedOn" },
  SCHOOL: { by: "pokSchoolSignedBy", on: "pokSchoolSignedOn" },
} as const satisfies Record<PokParty, { by: keyof EnrolmentRow; on: keyof EnrolmentRow }>;

/** The stored signatures of a POK as core reads them. */
export function readPokSignatures(enrolment: EnrolmentRow): PokSignatures {
  const signature = (party: PokParty): PokSignature | null => {
    const by = enrolment[SIGNATURE_COLUMNS[party].by];
    const on = enrolment[SIGNATURE_COLUMNS[party].on];
    return by !== null && on !== null ? { by, on: isoDate(on) } : null;
  };
  return Object.fromEntries(POK_PARTIES.map((party) => [party, signature(party)])) as PokSignatures;
}

/** Core's view of a stored POK, with the leerbedrijf's recognition for the credential's crebo today. */
export async function readPokFacts(
  prisma: Prisma.TransactionClient,
  enrolment: EnrolmentRow,
): Promise<PokFacts> {
  return {
    status: enrolment.pokStatus,
    signatures: readPokSignatures(enrolment),
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
  /** Each party's signature (who, when), null while it has not signed; signed only when all three are there. */
  signatures: z.array(
    z.object({
      party: pokPartySchema,
      signature: z.object({ by: z.string(), on: z.iso.date() }).nullable(),
    }),
  ),
});

export function pokState(facts: PokFacts, endDate: string | null): z.infer<typeof pokStateSchema> {
  const status = effectivePokStatus(facts.status, endDate, today());
  return {
    status,
    editable: isPokEditable(status),
    next: manualPokTransitions(status),
    missing: missingPokFields(facts),
    recognised: facts.recognised,
    signatures: POK_PARTIES.map((party) => ({ party, signature: facts.signatures[party] })),
  };
}
