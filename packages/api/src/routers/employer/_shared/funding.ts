import { checkFundingEligibility, childcareCatalog } from "@ontwikkelpad/core";
import { scopeOwnedByEmployer, type FundingStatus, type LearningRoute, type Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import { isoDate, isoDateOrNull } from "../../../shared/dates.ts";
import { fundingStatusSchema } from "../../../shared/enums.ts";

export const fundingOptionSchema = z.object({
  instrumentId: z.string(),
  title: z.string(),
  status: z.enum(["eligible", "not-eligible", "closed"]),
  amountEuro: z.number().nullable(),
  unmetConditions: z.array(z.string()),
  application: z
    .object({
      status: fundingStatusSchema,
      reference: z.string().nullable(),
    })
    .nullable(),
});
export type FundingOptionView = z.infer<typeof fundingOptionSchema>;

const GRANTED = ["GRANTED", "PAID"] as const;

/** What an employer's situation contributes to every funding check: its kind, recognition and grants this year. */
export async function employerFundingFacts(
  prisma: Prisma.TransactionClient,
  organizationId: string,
  date: string,
) {
  const [locations, activeRecognitions, grants] = await Promise.all([
    prisma.location.findMany({
      where: { ...scopeOwnedByEmployer(organizationId), archivedAt: null },
      select: { type: true },
    }),
    prisma.sbbRecognition.count({ where: { ...scopeOwnedByEmployer(organizationId), status: "ACTIVE" } }),
    prisma.fundingApplication.groupBy({
      by: ["instrumentId"],
      where: {
        ...scopeOwnedByEmployer(organizationId),
        status: { in: [...GRANTED] },
        decidedAt: { gte: new Date(`${date.slice(0, 4)}-01-01T00:00:00Z`) },
      },
      _count: true,
    }),
  ]);
  return {
    // A gastouderbureau is excluded from some schemes; an organisation with any centre-based location is not one.
    kind:
      locations.length > 0 && locations.every((l) => l.type === "GASTOUDERBUREAU")
        ? "gastouderbureau"
        : childcareCatalog.sector.id,
    recognisedTrainingCompany: activeRecognitions > 0,
    grantedThisYear: Object.fromEntries(grants.map((g) => [g.instrumentId, g._count])),
  };
}
export type EmployerFundingFacts = Awaited<ReturnType<typeof employerFundingFacts>>;

interface PersonFundingFacts {
  employment:
    | { hoursPerWeek: number; contractStart: Date; contractEnd: Date | null; isFormativelyDeployed: boolean }
    | undefined;
  applications: { instrumentId: string; status: FundingStatus; externalReference: string | null }[];
  learningRoute: LearningRoute | null;
  trainingStart: Date | null;
  /** The day the training's POK became signed by all three parties; null while it is not. */
  pokSignedOn: Date | null;
}

/** Core's funding check for one person, with the application already made for each instrument. */
export function fundingOptionsFor(
  employer: EmployerFundingFacts,
  person: PersonFundingFacts,
  date: string,
): FundingOptionView[] {
  if (!person.employment) return [];
  const options = checkFundingEligibility(childcareCatalog, {
    date,
    employer,
    person: {
      contractHoursPerWeek: person.employment.hoursPerWeek,
      contractStart: isoDate(person.employment.contractStart),
      contractEnd: isoDateOrNull(person.employment.contractEnd),
      deployedFormatively: person.employment.isFormativelyDeployed,
      grantedInstruments: person.applications
        .filter((a) => (GRANTED as readonly string[]).includes(a.status))
        .map((a) => a.instrumentId),
    },
    path: {
      learningRoute: person.learningRoute,
      trainingStart: isoDateOrNull(person.trainingStart),
      pokSignedOn: isoDateOrNull(person.pokSignedOn),
    },
  });
  return options.map((o) => {
    const application = person.applications.find((a) => a.instrumentId === o.instrumentId);
    return {
      instrumentId: o.instrumentId,
      title: o.title,
      status: o.status,
      amountEuro: o.amountEuro,
      unmetConditions: o.unmetConditions.map((c) => c.message),
      application: application
        ? { status: application.status, reference: application.externalReference }
        : null,
    };
  });
}
