import { compileCatalog } from "../catalog/compiled.ts";
import { findCredential } from "../catalog/lookup.ts";
import { LEARNING_ROUTE_WORDS, type Catalog, type LearningRoute } from "../catalog/schema.ts";

/**
 * The crebo of the qualification a diploma, certificate or praktijkverklaring belongs to: what a
 * leerbedrijf's SBB recognition names. Null when the catalog has none.
 */
export function findCredentialCrebo(catalog: Catalog, id: string): string | null {
  const c = compileCatalog(catalog);
  const qualificationId =
    c.qualification.get(id)?.id ??
    c.certificate.get(id)?.qualificationId ??
    c.praktijkverklaring.get(id)?.qualificationId;
  return (qualificationId && c.qualification.get(qualificationId)?.crebo) || null;
}

export interface RecognitionFacts {
  crebo: string;
  learningRoute: LearningRoute;
  status: "ACTIVE" | "REQUESTED" | "EXPIRED" | "WITHDRAWN";
  /** ISO dates; null when the employer did not record them. */
  recognisedFrom: string | null;
  endedOn: string | null;
}

/**
 * Whether a leerbedrijf holds an active SBB recognition for the crebo and leerweg on a date, as the
 * route planner's precondition asks (SBB's own check takes no leerweg; the employer declares it).
 */
export function isRecognisedFor(
  recognitions: readonly RecognitionFacts[],
  crebo: string,
  learningRoute: LearningRoute,
  asOf: string,
): boolean {
  return recognitions.some(
    (r) =>
      r.crebo === crebo &&
      r.learningRoute === learningRoute &&
      r.status === "ACTIVE" &&
      (r.recognisedFrom === null || r.recognisedFrom <= asOf) &&
      (r.endedOn === null || r.endedOn > asOf),
  );
}

/** A leerbedrijf without the SBB recognition a training request needs, as both sides are told. */
export interface MissingRecognition {
  employerName: string;
  credentialTitle: string;
  crebo: string | null;
  learningRoute: LearningRoute;
  /** Where the learner works, when known: SBB can recognise a single location. */
  locationName: string | null;
}

/**
 * What the school and the employer read when the leerbedrijf lacks the recognition: the school from the
 * moment a request arrives (an enrolment is refused without it), the employer on the request with what
 * to do about it.
 */
export function missingRecognitionMessages(missing: MissingRecognition): {
  school: string;
  employer: string;
} {
  const what = `${missing.credentialTitle} (crebo ${missing.crebo ?? "onbekend"}, ${LEARNING_ROUTE_WORDS[missing.learningRoute]})`;
  const where = missing.locationName ? ` voor locatie ${missing.locationName}` : "";
  return {
    school: `${missing.employerName} heeft geen SBB-erkenning als leerbedrijf voor ${what}. Zonder erkenning kun je niet inschrijven: vraag de werkgever de erkenning bij SBB aan te vragen en vast te leggen.`,
    employer: `Jouw organisatie heeft geen SBB-erkenning als leerbedrijf voor ${what}. De school kan pas inschrijven met die erkenning: vraag haar aan bij SBB${where} en leg haar daarna vast onder Organisatie.`,
  };
}

export interface TrainingProposal {
  /** What the employer asked for. */
  requestedCredentialId: string;
  /** What the proposed offer leads to. */
  offerCredentialId: string;
  startDate: string;
  /** The offer's availability; a proposal names one of its open start moments unless it runs on demand. */
  availability: OfferAvailability;
  onDemand: boolean;
}

/** Dutch reasons why a school's proposal cannot go to the employer (empty when it can). */
export function trainingProposalProblems(
  catalog: Catalog,
  proposal: TrainingProposal,
  asOf: string,
): string[] {
  const problems: string[] = [];
  if (proposal.offerCredentialId !== proposal.requestedCredentialId) {
    const title =
      findCredential(catalog, proposal.requestedCredentialId)?.title ?? proposal.requestedCredentialId;
    problems.push(`Kies een aanbod dat leidt tot ${title}, waar de werkgever om vraagt.`);
  }
  if (proposal.startDate < asOf) problems.push("Kies een startdatum vanaf vandaag.");
  else if (proposal.onDemand && !proposal.availability.open)
    problems.push(proposal.availability.reason ?? "Dit aanbod heeft geen plek.");
  else if (
    !proposal.onDemand &&
    !proposal.availability.openStarts.some((s) => s.startsOn === proposal.startDate)
  )
    problems.push("Kies een startmoment van het aanbod dat nog plek heeft.");
  return problems;
}

export interface StartMoment {
  startsOn: string;
  capacity: number;
  /** Learners already placed on it (accepted proposals for this start). */
  taken: number;
}

export interface OfferAvailabilityInput {
  onDemand: boolean;
  maxConcurrentLearners: number | null;
  /** For an on-demand offer: learners following it now. */
  concurrentLearners: number;
  starts: readonly StartMoment[];
}

export interface OfferAvailability {
  /** A learner can still be placed: an open start moment, or on demand with room. */
  open: boolean;
  /** Start moments that are neither past nor full, earliest first. */
  openStarts: StartMoment[];
  /** Dutch, for a closed offer: why it is not the best fit now. */
  reason: string | null;
}

/** Whether an offer can take a learner on `asOf`: a full or past start moment never counts. */
export function assessOfferAvailability(offer: OfferAvailabilityInput, asOf: string): OfferAvailability {
  if (offer.onDemand) {
    const room =
      offer.maxConcurrentLearners === null || offer.concurrentLearners < offer.maxConcurrentLearners;
    return {
      open: room,
      openStarts: [],
      reason: room ? null : "Het maximum aantal deelnemers tegelijk is bereikt.",
    };
  }
  const openStarts = offer.starts
    .filter((s) => s.startsOn >= asOf && s.taken < s.capacity)
    .toSorted((a, b) => a.startsOn.localeCompare(b.startsOn));
  const future = offer.starts.some((s) => s.startsOn >= asOf);
  return {
    open: openStarts.length > 0,
    openStarts,
    reason:
      openStarts.length > 0
        ? null
        : future
          ? "Alle startmomenten zijn vol."
          : "Er is geen startmoment meer in de toekomst.",
  };
}

/** What `offerFitsPlan` reads of a person's plan. */
export interface PlanForOffers {
  /** The chosen route (else the one the planner puts first), or null when there is none. */
  route: { steps: readonly { credentialId: string }[] } | null;
  /** The path's goal credential, for a plan without a route. */
  goalCredentialId: string | null;
}

/**
 * Whether an offer fits a person's plan: it leads to a credential a step of the route names (without a
 * route: the path's goal credential) and it can still take a learner (a full or past start moment is
 * never the best fit).
 */
export function offerFitsPlan(offer: { credentialId: string; open: boolean }, plan: PlanForOffers): boolean {
  const credentials = plan.route
    ? plan.route.steps.map((s) => s.credentialId)
    : plan.goalCredentialId
      ? [plan.goalCredentialId]
      : [];
  return offer.open && credentials.includes(offer.credentialId);
}
