/**
 * The praktijkovereenkomst (POK) lifecycle, after the BPV-inschrijving of a widely used school system
 * (topicusonderwijs/tribe-krd-opensource) and the MBO Raad servicedocument POK.
 */
export const POK_STATUSES = [
  "DRAFT",
  "COMPLETE",
  "SENT",
  "SIGNED",
  "ENDED",
  "WITHDRAWN",
  "REJECTED",
] as const;
export type PokStatus = (typeof POK_STATUSES)[number];

const NEXT: Record<PokStatus, readonly PokStatus[]> = {
  DRAFT: ["COMPLETE", "WITHDRAWN", "REJECTED"],
  COMPLETE: ["SENT", "DRAFT", "WITHDRAWN", "REJECTED"],
  SENT: ["SIGNED", "COMPLETE", "WITHDRAWN", "REJECTED"],
  SIGNED: ["ENDED", "WITHDRAWN"],
  ENDED: [],
  WITHDRAWN: [],
  REJECTED: [],
};

/** The statuses a POK may move to from `from`. */
export const allowedPokTransitions = (from: PokStatus): readonly PokStatus[] => NEXT[from];

/**
 * The statuses of a POK that is over: ended, withdrawn or rejected, the ones it never leaves. It no
 * longer runs: a new enrolment may follow it and it puts no learner in a class.
 */
export const ENDED_POK_STATUSES: readonly PokStatus[] = POK_STATUSES.filter((s) => NEXT[s].length === 0);

/** Whether a POK with this stored status is over (see `ENDED_POK_STATUSES`). */
export const isPokEnded = (status: PokStatus): boolean => ENDED_POK_STATUSES.includes(status);

/** Only a POK that is not yet sent for signature may be edited; a signed one never changes. */
export const isPokEditable = (status: PokStatus): boolean => status === "DRAFT" || status === "COMPLETE";

/**
 * The three parties who sign a POK (WEB art. 7.2.8: the praktijkovereenkomst is an agreement between
 * the learner, the institution and the leerbedrijf): each signature is recorded on its own.
 */
export const POK_PARTIES = ["LEARNER", "EMPLOYER", "SCHOOL"] as const;
export type PokParty = (typeof POK_PARTIES)[number];

const PARTY_WORDS: Record<PokParty, string> = {
  LEARNER: "de deelnemer",
  EMPLOYER: "het leerbedrijf",
  SCHOOL: "de school",
};

/** One party's signature: who signed (a name, on behalf of the party) and on which day (ISO date). */
export interface PokSignature {
  by: string;
  on: string;
}

/** The signature of each party, null while that party has not signed. */
export type PokSignatures = Record<PokParty, PokSignature | null>;

/** No party has signed yet. */
export const UNSIGNED_POK: PokSignatures = { LEARNER: null, EMPLOYER: null, SCHOOL: null };

/** The parties that have not signed yet, in the order of `POK_PARTIES`. */
export const unsignedPokParties = (signatures: PokSignatures): PokParty[] =>
  POK_PARTIES.filter((party) => signatures[party] === null);

/** Whether all three parties signed: only then is the POK signed (WEB art. 7.2.8). */
export const isPokSigned = (signatures: PokSignatures): boolean =>
  unsignedPokParties(signatures).length === 0;

/** The day the POK became signed: the day of the last of the three signatures; null until all three signed. */
export function pokSignedOn(signatures: PokSignatures): string | null {
  if (!isPokSigned(signatures)) return null;
  return POK_PARTIES.map((party) => signatures[party]!.on)
    .toSorted()
    .at(-1)!;
}

/**
 * Dutch reasons why `party` may not sign the POK on `on` (empty when it may): a POK is signed once it
 * was sent for signature, each party once, not on a day after `asOf`.
 */
export function pokSignatureProblems(
  pok: Pick<PokFacts, "status" | "signatures">,
  party: PokParty,
  on: string,
  asOf: string,
): string[] {
  if (pok.status !== "SENT")
    return ["Een POK wordt getekend als ze ter ondertekening is verstuurd, en daarna niet meer."];
  const problems: string[] = [];
  if (pok.signatures[party] !== null) problems.push(`${capitalise(PARTY_WORDS[party])} heeft al getekend.`);
  if (on > asOf) problems.push("Kies als datum van de handtekening een dag tot en met vandaag.");
  return problems;
}

/** "a", "a en b", "a, b en c". */
const listInDutch = (words: readonly string[]) =>
  words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} en ${words.at(-1)}`;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export interface PokFacts {
  status: PokStatus;
  /** Who signed for each party, and when. */
  signatures: PokSignatures;
  workplaceTrainerAssigned: boolean;
  teacherAssigned: boolean;
  startDate: string | null;
  endDate: string | null;
  totalHours: number | null;
  hoursPerWeek: number | null;
  daysPerWeek: number | null;
  /** The leerbedrijf holds an SBB recognition for the crebo. */
  recognised: boolean;
}

/** What a complete POK must name (mandatory from "volledig" on), with the Dutch message when it does not. */
export function missingPokFields(pok: PokFacts): string[] {
  const missing: string[] = [];
  if (!pok.workplaceTrainerAssigned) missing.push("Kies de praktijkopleider.");
  if (!pok.teacherAssigned) missing.push("Kies de bpv-docent.");
  if (!pok.startDate) missing.push("Vul de startdatum in.");
  if (!pok.endDate) missing.push("Vul de verwachte einddatum in.");
  if (pok.startDate && pok.endDate && pok.endDate <= pok.startDate)
    missing.push("De einddatum ligt na de startdatum.");
  if (!pok.totalHours) missing.push("Vul het totaal aantal uren in.");
  if (!pok.hoursPerWeek) missing.push("Vul de uren per week in.");
  if (!pok.daysPerWeek) missing.push("Vul de dagen per week in.");
  return missing;
}

/** Dutch reasons why the POK may not move to `to` (empty when it may). */
export function pokTransitionProblems(pok: PokFacts, to: PokStatus): string[] {
  if (!NEXT[pok.status].includes(to))
    return [`Een POK met status ${pok.status} kan niet naar ${to}. Maak bij een wijziging een nieuwe POK.`];
  if (to === "COMPLETE" || to === "SENT" || to === "SIGNED") {
    const problems = missingPokFields(pok);
    if (!pok.recognised)
      problems.push(
        "Het leerbedrijf heeft geen SBB-erkenning voor deze kwalificatie: vraag de werkgever die vast te leggen.",
      );
    // WEB art. 7.2.8: signed only when the learner, the leerbedrijf and the school all signed.
    const unsigned = unsignedPokParties(pok.signatures);
    if (to === "SIGNED" && unsigned.length > 0)
      problems.push(
        `De POK is pas getekend als alle drie partijen tekenden; leg eerst de handtekening vast van ${listInDutch(
          unsigned.map((party) => PARTY_WORDS[party]),
        )}.`,
      );
    return problems;
  }
  return [];
}

/**
 * The moves a user makes by hand from `status`: every allowed move except "signed", which the POK
 * reaches by itself when the last of its three signatures is recorded.
 */
export const manualPokTransitions = (status: PokStatus): PokStatus[] =>
  NEXT[status].filter((to) => to !== "SIGNED");

/** A signed POK ends by itself at its end date. */
export function effectivePokStatus(status: PokStatus, endDate: string | null, asOf: string): PokStatus {
  return status === "SIGNED" && endDate !== null && endDate < asOf ? "ENDED" : status;
}
