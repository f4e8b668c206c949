import {
  childcareCatalog,
  effectivePokStatus,
  evidenceEntryProblems,
  findCredentialCrebo,
  type PokPeriod,
  type RvoPokFacts,
} from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../../../shared/audit.ts";
import { isoDateOrNull, today } from "../../../shared/dates.ts";

/** Load an enrolment with this to read its period: the POK that replaced it, if any. */
export const pokPeriodInclude = {
  replacedBy: { select: { pokStartDate: true } },
} satisfies Prisma.EnrolmentInclude;

/** The POKs the RVO export looks at: BBL or derde leerweg, signed at some point (core judges the rest). */
export const SUBSIDISED_POK = {
  learningRoute: { in: ["BBL", "DERDE_LEERWEG"] },
  pokSignedOn: { not: null },
} satisfies Prisma.EnrolmentWhereInput;

type EnrolmentWithReplacement = Prisma.EnrolmentGetPayload<{ include: typeof pokPeriodInclude }>;

/** The POK's status and period as core judges an attendance or coaching entry against them. */
export function pokPeriod(enrolment: EnrolmentWithReplacement): PokPeriod {
  const endDate = isoDateOrNull(enrolment.pokEndDate);
  return {
    status: effectivePokStatus(enrolment.pokStatus, endDate, today()),
    startDate: isoDateOrNull(enrolment.pokStartDate),
    endDate,
    replacedFrom: isoDateOrNull(enrolment.replacedBy?.pokStartDate),
  };
}

/** The POK as core judges whether its learner can go into the RVO upload. */
export function rvoPokFacts(enrolment: EnrolmentWithReplacement): RvoPokFacts {
  const period = pokPeriod(enrolment);
  return {
    status: period.status,
    learningRoute: enrolment.learningRoute,
    crebo: findCredentialCrebo(childcareCatalog, enrolment.credentialId),
    signedOn: isoDateOrNull(enrolment.pokSignedOn),
    startDate: period.startDate,
    endDate: period.endDate,
  };
}

/** Refuses an entry on `date` that core does not allow under this POK, with core's reasons. */
export function assertEntryAllowed(enrolment: EnrolmentWithReplacement, date: string): void {
  const problems = evidenceEntryProblems(pokPeriod(enrolment), date, today());
  if (problems.length) throw new TRPCError({ code: "BAD_REQUEST", message: problems.join(" ") });
}

/** A correction names the entry it supersedes and gives the reason. */
export const correctionInput = z
  .object({
    supersedesId: z.string().min(1),
    reason: z.string().trim().min(1, "Geef de reden van de correctie op.").max(500),
  })
  .optional();

export const ALREADY_CORRECTED =
  "Deze invoer is al gecorrigeerd. Laad de pagina opnieuw en corrigeer de laatste versie.";

/** The audit event of an attendance or coaching entry: recorded, or a correction with its reason. */
export function auditEntry(
  tx: Prisma.TransactionClient,
  ctx: { session: { userId: string }; organizationId: string; ip: string | null },
  entity: "PokAttendance" | "PokCoaching",
  entry: { id: string; enrolmentId: string },
  input: { date: string; correction?: { supersedesId: string; reason: string } | undefined },
): Promise<void> {
  const prefix = entity === "PokAttendance" ? "pokAttendance" : "pokCoaching";
  return audit(tx, ctx, `${prefix}.${input.correction ? "correct" : "record"}`, {
    entity,
    entityId: entry.id,
    details: {
      enrolmentId: entry.enrolmentId,
      date: input.date,
      supersedesId: input.correction?.supersedesId ?? null,
      reason: input.correction?.reason ?? null,
    },
  });
}
