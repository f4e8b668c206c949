import { findEntryFunction } from "../catalog/lookup.ts";
import type { Catalog, JobFunction } from "../catalog/schema.ts";
import { formatDutchDate } from "../dates.ts";

/**
 * Ranks a region's open vacancies for one candidate, with the reasons for each rank, after the
 * matching notions of the national standard (VUM): area, hours, location type, start date and the
 * function (the catalog's entry function needs no diploma). Distances are not computed: the system holds
 * no coordinates, so nearness is judged by place and postcode area.
 */

export interface MatchCandidate {
  city: string | null;
  /** Four-digit postcode area, e.g. "3024". */
  postcodeArea: string | null;
  hoursPerWeek: number | null;
  /** ISO date from which the candidate can start. */
  availableFrom: string | null;
  locationTypes: readonly string[];
}

export interface MatchVacancy {
  id: string;
  functionId: string;
  hoursPerWeek: number;
  city: string | null;
  postalCode: string | null;
  locationType: string | null;
  /** ISO date; null when the vacancy stays open. */
  closesOn: string | null;
}

export interface MatchReason {
  /** Whether this point speaks for (true) or against (false) the match. */
  fits: boolean;
  text: string;
}

export interface VacancyMatch {
  vacancyId: string;
  score: number;
  reasons: MatchReason[];
}

/** Hours a vacancy may differ from the candidate's wish and still fit. */
const HOURS_TOLERANCE = 4;

const normalise = (s: string | null) => s?.trim().toLowerCase() ?? "";

function area(candidate: MatchCandidate, vacancy: MatchVacancy): [number, MatchReason] {
  const pc = vacancy.postalCode?.replace(/\s/g, "").slice(0, 4) ?? "";
  if (candidate.postcodeArea && pc === candidate.postcodeArea)
    return [3, { fits: true, text: `Zelfde postcodegebied (${pc})` }];
  if (candidate.postcodeArea && pc.length === 4 && pc.slice(0, 2) === candidate.postcodeArea.slice(0, 2))
    return [2, { fits: true, text: `In de buurt (postcode ${pc.slice(0, 2)}xx)` }];
  if (candidate.city && normalise(candidate.city) === normalise(vacancy.city))
    return [2, { fits: true, text: `Zelfde plaats (${vacancy.city})` }];
  return [0, { fits: false, text: `Andere plaats${vacancy.city ? ` (${vacancy.city})` : ""}` }];
}

function hours(candidate: MatchCandidate, vacancy: MatchVacancy): [number, MatchReason] {
  if (candidate.hoursPerWeek === null) return [0, { fits: false, text: "Gewenste uren niet bekend" }];
  const diff = Math.abs(candidate.hoursPerWeek - vacancy.hoursPerWeek);
  return diff <= HOURS_TOLERANCE
    ? [2, { fits: true, text: `Uren passen (${vacancy.hoursPerWeek} uur; wens ${candidate.hoursPerWeek})` }]
    : [
        0,
        { fits: false, text: `Vacature vraagt ${vacancy.hoursPerWeek} uur; wens ${candidate.hoursPerWeek}` },
      ];
}

function locationType(candidate: MatchCandidate, vacancy: MatchVacancy): [number, MatchReason] {
  if (!vacancy.locationType) return [0, { fits: false, text: "Soort locatie niet bekend" }];
  if (candidate.locationTypes.length === 0)
    return [1, { fits: true, text: `${vacancy.locationType}: geen voorkeur opgegeven` }];
  return candidate.locationTypes.includes(vacancy.locationType)
    ? [2, { fits: true, text: `Voorkeur voor ${vacancy.locationType}` }]
    : [0, { fits: false, text: `${vacancy.locationType} staat niet bij de voorkeuren` }];
}

function startDate(candidate: MatchCandidate, vacancy: MatchVacancy): [number, MatchReason] {
  if (!candidate.availableFrom) return [0, { fits: false, text: "Beschikbaarheid niet bekend" }];
  if (vacancy.closesOn && candidate.availableFrom > vacancy.closesOn)
    return [
      -2,
      { fits: false, text: `Pas beschikbaar na de sluitingsdatum (${formatDutchDate(vacancy.closesOn)})` },
    ];
  return [1, { fits: true, text: `Beschikbaar vanaf ${formatDutchDate(candidate.availableFrom)}` }];
}

/** A vacancy in the catalog's entry function (`pathRole: "entry"`) needs no diploma to start. */
function entry(entryFunction: JobFunction | undefined, vacancy: MatchVacancy): [number, MatchReason] {
  if (entryFunction && vacancy.functionId === entryFunction.id)
    return [
      3,
      { fits: true, text: `${entryFunction.title}: begin van het Ontwikkelpad, geen diploma nodig` },
    ];
  const via = entryFunction
    ? `eerst via ${entryFunction.title.toLowerCase()} of een BBL-opleiding`
    : "eerst via een BBL-opleiding";
  return [0, { fits: false, text: `Vraagt een kwalificatie: ${via}` }];
}

/** The vacancies best first; equal scores keep the earliest closing date first, then the id. */
export function rankVacancies(
  catalog: Catalog,
  candidate: MatchCandidate,
  vacancies: readonly MatchVacancy[],
): VacancyMatch[] {
  const entryFunction = findEntryFunction(catalog);
  return vacancies
    .map((vacancy) => {
      const parts = [
        entry(entryFunction, vacancy),
        area(candidate, vacancy),
        hours(candidate, vacancy),
        locationType(candidate, vacancy),
        startDate(candidate, vacancy),
      ];
      return {
        vacancyId: vacancy.id,
        score: parts.reduce((sum, [points]) => sum + points, 0),
        reasons: parts.map(([, reason]) => reason),
        closesOn: vacancy.closesOn ?? "9999-12-31",
      };
    })
    .toSorted(
      (a, b) =>
        b.score - a.score || a.closesOn.localeCompare(b.closesOn) || a.vacancyId.localeCompare(b.vacancyId),
    )
    .map(({ vacancyId, score, reasons }) => ({ vacancyId, score, reasons }));
}
