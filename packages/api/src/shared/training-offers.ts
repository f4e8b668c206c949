import { assessOfferAvailability, type OfferAvailability, type StartMoment } from "@ontwikkelpad/core";
import type { Prisma } from "@ontwikkelpad/db";
import { isoDate } from "./dates.ts";

/** Load an offer with this to read its availability. */
export const offerStartsInclude = {
  starts: { orderBy: { startsOn: "asc" } },
} satisfies Prisma.TrainingOfferInclude;

type OfferWithStarts = Prisma.TrainingOfferGetPayload<{ include: typeof offerStartsInclude }>;

/**
 * Each offer's availability on `asOf`, by core's rule: a start moment is taken by the proposals
 * accepted for it; an on-demand offer is followed by its accepted proposals and active enrolments
 * made without a request.
 */
export interface OfferOccupancy extends OfferAvailability {
  /** Every start moment, past and full ones too, with the learners placed on it. */
  starts: StartMoment[];
}

export async function readOfferAvailability(
  prisma: Prisma.TransactionClient,
  offers: readonly OfferWithStarts[],
  asOf: string,
): Promise<Map<string, OfferOccupancy>> {
  const ids = offers.map((o) => o.id);
  const [accepted, enrolled] = await Promise.all([
    prisma.trainingRequest.groupBy({
      by: ["trainingOfferId", "proposedStartDate"],
      where: { trainingOfferId: { in: ids }, status: "ACCEPTED" },
      _count: { _all: true },
    }),
    prisma.enrolment.groupBy({
      by: ["trainingOfferId"],
      where: { trainingOfferId: { in: ids }, status: "ACTIVE", trainingRequestId: null },
      _count: { _all: true },
    }),
  ]);
  const taken = (offerId: string, startsOn: Date | null) =>
    accepted
      .filter(
        (a) =>
          a.trainingOfferId === offerId &&
          (startsOn === null || a.proposedStartDate?.getTime() === startsOn.getTime()),
      )
      .reduce((sum, a) => sum + a._count._all, 0);
  return new Map(
    offers.map((offer) => {
      const starts = offer.starts.map((s) => ({
        startsOn: isoDate(s.startsOn),
        capacity: s.capacity,
        taken: taken(offer.id, s.startsOn),
      }));
      const concurrentLearners =
        taken(offer.id, null) + (enrolled.find((e) => e.trainingOfferId === offer.id)?._count._all ?? 0);
      const availability = assessOfferAvailability(
        {
          onDemand: offer.onDemand,
          maxConcurrentLearners: offer.maxConcurrentLearners,
          concurrentLearners,
          starts,
        },
        asOf,
      );
      return [offer.id, { ...availability, starts }];
    }),
  );
}

/**
 * Locks an offer's row until the transaction ends, so learners placed on it are counted and added by
 * one transaction at a time: two proposals cannot both take the last place of a start moment.
 */
export async function lockOfferCapacity(tx: Prisma.TransactionClient, offerId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "TrainingOffer" WHERE "id" = ${offerId} FOR UPDATE`;
}

/** The arbeidsmarktregio codes an organisation belongs to: which offers its employers see. */
export async function readRegionCodes(
  prisma: Prisma.TransactionClient,
  organizationId: string,
): Promise<string[]> {
  const memberships = await prisma.regionMembership.findMany({
    where: { organizationId },
    select: { region: { select: { regionCode: true } } },
  });
  return memberships.flatMap((m) => (m.region.regionCode ? [m.region.regionCode] : []));
}
