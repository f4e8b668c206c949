// The offer form's values: from an offer to the form and from the form to the save procedure.
import type { RouterInputs, RouterOutputs } from "@ontwikkelpad/api";

export type Offer = RouterOutputs["school"]["offers"]["get"];
type SaveInput = RouterInputs["school"]["offers"]["save"];

export interface OfferValues {
  title: string;
  description: string;
  credentialId: string;
  learningRoute: SaveInput["learningRoute"];
  format: SaveInput["format"];
  durationWeeks: string;
  hoursPerWeek: string;
  price: string;
  onDemand: boolean;
  maxConcurrentLearners: string;
  starts: { startsOn: string; capacity: string; taken: number }[];
  regionCodes: string[];
  locations: string;
  contact: string;
}

/** The save procedure's field names as the form names them, for the server's field errors. */
export const FIELDS = {
  title: "title",
  credentialId: "credentialId",
  durationWeeks: "durationWeeks",
  hoursPerWeek: "hoursPerWeek",
  priceCents: "price",
  maxConcurrentLearners: "maxConcurrentLearners",
  starts: "starts",
  regionCodes: "regionCodes",
} as const;

const toNumber = (text: string): number | null => {
  const trimmed = text.trim().replace(",", ".");
  return trimmed ? Number(trimmed) : null;
};

const numberText = (n: number | null | undefined) => (typeof n === "number" ? String(n) : "");

/** A react-hook-form rule: empty, or a number written the Dutch or the English way. */
export const numeric = (label: string) => ({
  validate: (value: string) =>
    !value.trim() || Number.isFinite(Number(value.trim().replace(",", "."))) || `Vul ${label} als getal in.`,
});

export function defaults(offer: Offer | null): OfferValues {
  return {
    title: offer?.title ?? "",
    description: offer?.description ?? "",
    credentialId: offer?.credentialId ?? "",
    learningRoute: offer?.learningRoute ?? "DERDE_LEERWEG",
    format: offer?.format ?? "HYBRID",
    durationWeeks: offer ? String(offer.durationWeeks) : "",
    hoursPerWeek: numberText(offer?.hoursPerWeek),
    price: typeof offer?.priceCents === "number" ? String(offer.priceCents / 100).replace(".", ",") : "",
    onDemand: offer?.onDemand ?? false,
    maxConcurrentLearners: numberText(offer?.maxConcurrentLearners),
    starts: offer?.starts.map((s) => ({
      startsOn: s.startsOn,
      capacity: String(s.capacity),
      taken: s.taken,
    })) ?? [{ startsOn: "", capacity: "", taken: 0 }],
    regionCodes: offer?.regionCodes ?? [],
    locations: offer?.locations.join("\n") ?? "",
    contact: offer?.contact ?? "",
  };
}

/** The form's values as the save procedure takes them: numbers parsed, empty text left out, start moments only when not on demand. */
export function toSaveInput(values: OfferValues, offer: Offer | null): SaveInput {
  const price = toNumber(values.price);
  return {
    ...(offer ? { offerId: offer.id } : {}),
    title: values.title,
    ...(values.description.trim() ? { description: values.description.trim() } : {}),
    credentialId: values.credentialId,
    learningRoute: values.learningRoute,
    format: values.format,
    durationWeeks: toNumber(values.durationWeeks) ?? 0,
    hoursPerWeek: toNumber(values.hoursPerWeek),
    priceCents: price === null ? null : Math.round(price * 100),
    onDemand: values.onDemand,
    maxConcurrentLearners: values.onDemand ? toNumber(values.maxConcurrentLearners) : null,
    starts: values.onDemand
      ? []
      : values.starts
          .filter((s) => s.startsOn)
          .map((s) => ({ startsOn: s.startsOn, capacity: toNumber(s.capacity) ?? 0 })),
    regionCodes: values.regionCodes,
    locations: values.locations
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean),
    ...(values.contact.trim() ? { contact: values.contact.trim() } : {}),
  };
}
