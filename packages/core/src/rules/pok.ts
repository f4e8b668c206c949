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

export interface PokFacts {
  status: PokStatus;
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
    return problems;
  }
  return [];
}

/** A signed POK ends by itself at its end date. */
export function effectivePokStatus(status: PokStatus, endDate: string | null, asOf: string): PokStatus {
  return status === "SIGNED" && endDate !== null && endDate < asOf ? "ENDED" : status;
}
