import { TRPCError } from "@trpc/server";

/**
 * The one answer, per resource, for a row the caller may not reach: the same NOT_FOUND whether the row
 * does not exist or belongs to another organisation, so an id never tells which. Every NOT_FOUND of
 * the api is one of these (`own.test.ts` fails on one written elsewhere).
 */
export const NOT_FOUND_MESSAGES = {
  // Links opened without logging in.
  signedCredential:
    "Dit bewijs is hier niet bekend. Controleer de link, of vraag de houder om het bewijs als bestand.",
  invitationLink:
    "Deze uitnodiging bestaat niet, is al gebruikt of is verlopen. Vraag de beheerder om een nieuwe link.",
  // The people of an employer, school or region.
  colleague: "Deze collega hoort niet bij jouw organisatie.",
  invitation:
    "Deze uitnodiging bestaat niet, is al aangenomen of ingetrokken, of hoort niet bij jouw organisatie.",
  employeeViewLink:
    "Deze link naar je Ontwikkelpad bestaat niet, is vervangen of is verlopen. Vraag je werkgever om een nieuwe link.",
  // The employer's rows.
  person: "Deze persoon bestaat niet of hoort niet bij jouw organisatie.",
  developmentPath: "Dit Ontwikkelpad bestaat niet of hoort niet bij jouw organisatie.",
  location: "Deze locatie hoort niet bij jouw organisatie. Kies een eigen locatie.",
  evidence: "Een of meer beoordelingen bestaan niet of horen niet bij jouw organisatie.",
  heldCredential:
    "Dit diploma of certificaat bestaat niet, is al verwijderd of is door een school uitgereikt (dat kan alleen de school corrigeren).",
  sentRequest: "Deze aanvraag bestaat niet of hoort niet bij jouw organisatie.",
  vacancy: "Deze vacature bestaat niet of hoort niet bij jouw organisatie.",
  referral: "Deze voordracht bestaat niet of is niet aan jouw organisatie gericht.",
  publishedOffer: "Dit scholingsaanbod bestaat niet (meer). Kies een ander aanbod.",
  school: "Deze mbo-instelling bestaat niet. Kies een school uit de lijst.",
  // The school's rows.
  request: "Deze aanvraag bestaat niet of is niet aan jouw school gericht.",
  offer: "Dit aanbod bestaat niet of hoort niet bij jouw school.",
  enrolment: "Deze inschrijving bestaat niet of hoort niet bij jouw school.",
  enrolments: "Een gekozen inschrijving bestaat niet of hoort niet bij jouw school.",
  learner: "Deze deelnemer bestaat niet of hoort niet bij jouw school.",
  learners: "Een of meer deelnemers bestaan niet of horen niet bij jouw school.",
  examResult: "Dit examenresultaat bestaat niet of hoort niet bij jouw school.",
  exemption: "Deze vrijstelling bestaat niet of hoort niet bij jouw school.",
  issuedCredential: "Dit bewijs bestaat niet of is niet door jouw school uitgegeven.",
  diploma: "Dit diploma bestaat niet of is niet door jouw school uitgegeven.",
  correctedEntry: "De invoer die je corrigeert bestaat niet.",
  schoolClass: "Deze klas bestaat niet of hoort niet bij jouw school.",
  schoolRegion: "Deze regio bestaat niet of jouw school hoort er niet bij. Kies een regio van de school.",
  classLearner: "Deze deelnemer zit niet in deze klas.",
  classAdoption: "Deze werkgever heeft de klas niet geadopteerd.",
  teamMember: "Deze persoon zit niet in het mentorteam.",
  learningTeam: "Dit leerteam bestaat niet of jouw organisatie hoort er niet bij.",
  learningTeamStudent: "Deze student bestaat niet of is geen student van jouw school in dit leerteam.",
  learningTeamGoal: "Dit leerdoel bestaat niet of hoort niet bij een student van jouw school.",
  learningTeamSupervisor:
    "Deze praktijkbegeleider bestaat niet of hoort niet bij een leerteam van jouw organisatie.",
  myLearningTeam: "Dit leerteam bestaat niet of je bent er geen student in.",
  learningTeamHost:
    "Deze organisatie bestaat niet of ligt niet in een regio van je school. Kies een gastorganisatie uit de lijst.",
  learningTeamPartner:
    "Deze school bestaat niet of ligt niet in een regio van je school. Kies een partnerschool uit de lijst.",
  // The region's rows.
  candidate:
    "Deze kandidaat bestaat niet, is niet door jouw organisatie aangemeld of heeft de toestemming ingetrokken.",
  adviceNote: "Dit advies bestaat niet of hoort niet bij een kandidaat van jouw regio.",
  vacancyInRegion: "Deze vacature bestaat niet of hoort niet bij een werkgever in de regio.",
  signal: "Dit signaal bestaat niet of hoort niet bij jouw regio.",
  bottleneck: "Dit knelpunt bestaat niet of hoort niet bij jouw regio.",
  learningCircleSession: "Deze leerkringsessie bestaat niet of hoort niet bij jouw regio.",
  learningCircleAction: "Deze actie bestaat niet of hoort niet bij jouw regio.",
} as const;

export type OwnedResource = keyof typeof NOT_FOUND_MESSAGES;

/** The NOT_FOUND for a `resource` the caller's organisation may not reach. */
export function notFound(resource: OwnedResource): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: NOT_FOUND_MESSAGES[resource] });
}

/**
 * The row a scoped query found, or the resource's NOT_FOUND: every "own this row" helper of the
 * portals (`ownPerson`, `ownEnrolment`, `findCandidate`, …) answers through it.
 */
export function own<T>(row: T | null | undefined, resource: OwnedResource): T {
  if (row === null || row === undefined) throw notFound(resource);
  return row;
}
