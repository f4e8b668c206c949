import type { Prisma } from "@ontwikkelpad/db";
import { z } from "zod";
import type { OfferOccupancy, offerStartsInclude } from "../../../shared/training-offers.ts";
import { deliveryFormatSchema, learningRouteSchema } from "../../../shared/enums.ts";

export const offerViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  credentialId: z.string(),
  learningRoute: learningRouteSchema,
  format: deliveryFormatSchema,
  durationWeeks: z.number().int(),
  hoursPerWeek: z.number().nullable(),
  priceCents: z.number().int().nullable(),
  onDemand: z.boolean(),
  maxConcurrentLearners: z.number().int().nullable(),
  starts: z.array(z.object({ startsOn: z.iso.date(), capacity: z.number().int(), taken: z.number().int() })),
  regionCodes: z.array(z.string()),
  locations: z.array(z.string()),
  contact: z.string().nullable(),
  published: z.boolean(),
  /** The earliest start moment with room (null on demand or when none has). */
  nextOpenStart: z.iso.date().nullable(),
  /** Why no learner can be placed now, or null when one can. */
  closedReason: z.string().nullable(),
});
export type OfferView = z.infer<typeof offerViewSchema>;

type OfferWithStarts = Prisma.TrainingOfferGetPayload<{ include: typeof offerStartsInclude }>;

export function toOfferView(offer: OfferWithStarts, availability: OfferOccupancy): OfferView {
  return {
    id: offer.id,
    title: offer.title,
    description: offer.description,
    credentialId: offer.credentialId,
    learningRoute: offer.learningRoute,
    format: offer.format,
    durationWeeks: offer.durationWeeks,
    hoursPerWeek: offer.hoursPerWeek,
    priceCents: offer.priceCents,
    onDemand: offer.onDemand,
    maxConcurrentLearners: offer.maxConcurrentLearners,
    starts: availability.starts,
    regionCodes: offer.regionCodes,
    locations: offer.locations,
    contact: offer.contact,
    published: offer.publishedAt !== null,
    nextOpenStart: availability.openStarts[0]?.startsOn ?? null,
    closedReason: availability.reason,
  };
}
