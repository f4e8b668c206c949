/**
 * A new POK on a change of employer (wisseling van leerbedrijf): the running POK ends (or, not yet
 * signed, is withdrawn) and a new draft starts for the new leerbedrijf with what carries over.
 */
import type { LearningRoute } from "../catalog/schema.ts";
import type { PokStatus } from "./pok.ts";

/** The reason recorded on the POK that a change of employer replaces. */
export const EMPLOYER_CHANGE_REASON = "Wisseling van leerbedrijf";

/**
 * What happens to the running POK: a signed one ends, one not yet signed is withdrawn; a POK that
 * already ended, was withdrawn or rejected is not replaced (null).
 */
export function replacedPokStatus(status: PokStatus): "ENDED" | "WITHDRAWN" | null {
  if (status === "SIGNED") return "ENDED";
  if (status === "DRAFT" || status === "COMPLETE" || status === "SENT") return "WITHDRAWN";
  return null;
}

export interface ReplaceablePok {
  /** Effective status (a signed POK past its end date has ended). */
  status: PokStatus;
  employerOrganizationId: string;
  /** Already replaced by another POK. */
  replaced: boolean;
}

/** Dutch reasons why the POK cannot be replaced for the new leerbedrijf (empty when it can). */
export function employerChangeProblems(
  pok: ReplaceablePok,
  newEmployerOrganizationId: string,
  newEmployerRecognised: boolean,
  newEmployerName: string,
): string[] {
  if (pok.replaced) return ["Deze POK is al vervangen door een nieuwe POK."];
  if (replacedPokStatus(pok.status) === null)
    return ["Alleen een lopende POK wordt bij een wisseling van leerbedrijf vervangen."];
  const problems: string[] = [];
  if (newEmployerOrganizationId === pok.employerOrganizationId)
    problems.push("Kies een ander leerbedrijf dan het huidige.");
  else if (!newEmployerRecognised)
    problems.push(
      `${newEmployerName} heeft geen SBB-erkenning als leerbedrijf voor deze opleiding en leerweg. Vraag de werkgever de erkenning vast te leggen.`,
    );
  return problems;
}

/** `R`: the leerweg in the caller's spelling (it is carried, not read). */
export interface CarriedPok<R extends string = LearningRoute> {
  personId: string;
  credentialId: string;
  learningRoute: R;
  trainingOfferId: string | null;
  /** The accepted proposal that placed the learner on the offer: the place stays one place. */
  trainingRequestId: string | null;
  schoolClassId: string | null;
  teacherUserId: string | null;
  hoursPerWeek: number | null;
  daysPerWeek: number | null;
}

/**
 * What the new draft POK takes over from the old one: the learner, credential, leerweg, programme
 * (and the place on it), class, bpv-docent and the weekly schedule. The leerbedrijf's location and praktijkopleider, the end
 * date and total hours belong to the new leerbedrijf and are filled in there.
 */
export function carriedOverPok<R extends string>(old: CarriedPok<R>): CarriedPok<R> {
  return {
    personId: old.personId,
    credentialId: old.credentialId,
    learningRoute: old.learningRoute,
    trainingOfferId: old.trainingOfferId,
    trainingRequestId: old.trainingRequestId,
    schoolClassId: old.schoolClassId,
    teacherUserId: old.teacherUserId,
    hoursPerWeek: old.hoursPerWeek,
    daysPerWeek: old.daysPerWeek,
  };
}
