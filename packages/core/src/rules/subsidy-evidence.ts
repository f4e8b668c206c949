/**
 * Subsidy evidence for the praktijkleren subsidy (derde leerweg and BBL): the attendance register and
 * the coaching log a leerbedrijf and school keep per learner under a signed POK, their totals per
 * month, and the CSV layout RVO's bulk upload takes (at most 5 learners per file).
 */
import type { LearningRoute } from "../catalog/schema.ts";
import { formatDutchDate } from "../dates.ts";
import { NotForRvoError } from "../errors.ts";
import type { PokStatus } from "./pok.ts";

/** A learner's register and log may be kept only under a signed POK, or one that has ended. */
export const isPokOpenForEvidence = (status: PokStatus): boolean => status === "SIGNED" || status === "ENDED";

/** The leerwegen the praktijkleren subsidy covers. */
export const isSubsidisedRoute = (route: LearningRoute): boolean =>
  route === "BBL" || route === "DERDE_LEERWEG";

export interface PokPeriod {
  /** The POK's effective status (a signed POK past its end date has ended). */
  status: PokStatus;
  /** ISO dates. */
  startDate: string | null;
  endDate: string | null;
  /** The start of the POK that replaced this one after a change of employer, if any. */
  replacedFrom: string | null;
}

/** Dutch reasons why an attendance or coaching entry on `date` cannot be recorded (empty when it can). */
export function evidenceEntryProblems(pok: PokPeriod, date: string, asOf: string): string[] {
  if (!isPokOpenForEvidence(pok.status))
    return ["Aanwezigheid en begeleiding leg je vast zodra de POK getekend is."];
  const problems: string[] = [];
  if (date > asOf) problems.push("Kies een datum tot en met vandaag.");
  if (pok.startDate && date < pok.startDate) problems.push("Kies een datum vanaf de startdatum van de POK.");
  if (pok.endDate && date > pok.endDate) problems.push("Kies een datum tot en met de einddatum van de POK.");
  if (pok.replacedFrom && date >= pok.replacedFrom)
    problems.push("Vanaf de wisseling van leerbedrijf geldt de nieuwe POK: leg het daar vast.");
  return problems;
}

export interface AttendanceFact {
  date: string;
  present: boolean;
  hoursPresent: number;
}

export interface CoachingFact {
  date: string;
  minutes: number;
}

export interface MonthTotals {
  /** yyyy-mm */
  month: string;
  hoursPresent: number;
  daysPresent: number;
  daysAbsent: number;
  coachingSessions: number;
  coachingMinutes: number;
}

/** Totals per calendar month of the current attendance and coaching entries, earliest month first. */
export function monthlyTotals(
  attendance: readonly AttendanceFact[],
  coaching: readonly CoachingFact[],
): MonthTotals[] {
  const months = new Map<string, MonthTotals>();
  const of = (date: string) => {
    const month = date.slice(0, 7);
    let totals = months.get(month);
    if (!totals) {
      totals = {
        month,
        hoursPresent: 0,
        daysPresent: 0,
        daysAbsent: 0,
        coachingSessions: 0,
        coachingMinutes: 0,
      };
      months.set(month, totals);
    }
    return totals;
  };
  for (const a of attendance) {
    const totals = of(a.date);
    if (a.present) {
      totals.hoursPresent += a.hoursPresent;
      totals.daysPresent += 1;
    } else totals.daysAbsent += 1;
  }
  for (const c of coaching) {
    const totals = of(c.date);
    totals.coachingSessions += 1;
    totals.coachingMinutes += c.minutes;
  }
  return [...months.values()].toSorted((a, b) => a.month.localeCompare(b.month));
}

/** A date as RVO's forms write it: d-m-jjjj, without leading zeros. */
export const rvoDate = (isoDate: string | null): string => (isoDate ? formatDutchDate(isoDate) : "");

/** What decides whether a learner's POK can go into the RVO upload. */
export interface RvoPokFacts {
  /** The POK's effective status. */
  status: PokStatus;
  learningRoute: LearningRoute;
  /** The crebo of the credential the POK is for; null when the catalog has none. */
  crebo: string | null;
  /** ISO dates. */
  signedOn: string | null;
  startDate: string | null;
  endDate: string | null;
}

const POK_STATUS_TEXT: Record<PokStatus, string> = {
  DRAFT: "nog een concept",
  COMPLETE: "nog niet verstuurd",
  SENT: "nog niet getekend",
  SIGNED: "getekend",
  ENDED: "beëindigd",
  WITHDRAWN: "ingetrokken",
  REJECTED: "afgewezen",
};

/** Dutch reasons why a learner's POK cannot go into the RVO upload (empty when it can). */
export function rvoExportProblems(pok: RvoPokFacts): string[] {
  const problems: string[] = [];
  if (!isPokOpenForEvidence(pok.status))
    problems.push(`De POK is ${POK_STATUS_TEXT[pok.status]}: alleen een getekende POK gaat naar RVO.`);
  if (!isSubsidisedRoute(pok.learningRoute))
    problems.push("Alleen de bbl en de derde leerweg vallen onder de subsidie praktijkleren.");
  if (!pok.crebo) problems.push("De opleiding heeft geen crebo in de catalogus: RVO vraagt er een.");
  if (!pok.signedOn) problems.push("Vul de datum van ondertekening van de POK in.");
  if (!pok.startDate) problems.push("Vul de startdatum van de POK in.");
  if (pok.startDate && pok.endDate && pok.endDate < pok.startDate)
    problems.push("De einddatum van de POK ligt vóór de startdatum: corrigeer de POK.");
  return problems;
}

/** Refuses, with `rvoExportProblems` as a `NotForRvoError`, a POK that cannot go into the RVO upload. */
export function assertForRvo(pok: RvoPokFacts): void {
  const problems = rvoExportProblems(pok);
  if (problems.length) throw new NotForRvoError(problems);
}

/** At most this many learners go into one RVO upload file. */
export const RVO_LEARNERS_PER_FILE = 5;

/** One learner with a signed POK, and the evidence totals over the exported period. */
export interface RvoLearner {
  learnerName: string;
  employerName: string;
  /** KvK number of the leerbedrijf, as registered. */
  employerRegistryNumber: string | null;
  schoolName: string;
  /** BRIN code of the school, as registered. */
  schoolRegistryNumber: string | null;
  crebo: string | null;
  credentialTitle: string;
  learningRoute: LearningRoute;
  pokSignedOn: string | null;
  pokStartDate: string | null;
  pokEndDate: string | null;
  periodFrom: string;
  periodTo: string;
  hoursPresent: number;
  daysAbsent: number;
  coachingSessions: number;
  coachingMinutes: number;
}

const ROUTE_TEXT: Record<LearningRoute, string> = {
  BBL: "BBL",
  DERDE_LEERWEG: "Derde leerweg",
  BOL: "BOL",
};

/**
 * The columns of the RVO upload, in order. RVO's published material does not name the exact column
 * set of the bulk file, so this is our own layout in Dutch (see apps/school/README.md); it is kept
 * here, in one place, to follow RVO's template once confirmed.
 */
export const RVO_CSV_COLUMNS: readonly { header: string; value: (row: RvoLearner) => string | number }[] = [
  { header: "Naam deelnemer", value: (r) => r.learnerName },
  { header: "Leerbedrijf", value: (r) => r.employerName },
  { header: "KvK-nummer leerbedrijf", value: (r) => r.employerRegistryNumber ?? "" },
  { header: "Onderwijsinstelling", value: (r) => r.schoolName },
  { header: "BRIN", value: (r) => r.schoolRegistryNumber ?? "" },
  { header: "Crebo", value: (r) => r.crebo ?? "" },
  { header: "Opleiding", value: (r) => r.credentialTitle },
  { header: "Leerweg", value: (r) => ROUTE_TEXT[r.learningRoute] },
  { header: "Datum ondertekening POK", value: (r) => rvoDate(r.pokSignedOn) },
  { header: "Startdatum POK", value: (r) => rvoDate(r.pokStartDate) },
  { header: "Einddatum POK", value: (r) => rvoDate(r.pokEndDate) },
  { header: "Periode van", value: (r) => rvoDate(r.periodFrom) },
  { header: "Periode tot en met", value: (r) => rvoDate(r.periodTo) },
  { header: "Uren aanwezig", value: (r) => String(r.hoursPresent).replace(".", ",") },
  { header: "Dagen afwezig", value: (r) => r.daysAbsent },
  { header: "Aantal begeleidingsmomenten", value: (r) => r.coachingSessions },
  { header: "Minuten begeleiding", value: (r) => r.coachingMinutes },
];

/** The learners split into RVO upload files of at most 5 each, in the order given. */
export function rvoFiles<T>(learners: readonly T[]): T[][] {
  const files: T[][] = [];
  for (let i = 0; i < learners.length; i += RVO_LEARNERS_PER_FILE)
    files.push(learners.slice(i, i + RVO_LEARNERS_PER_FILE));
  return files;
}

/** The name of upload file `index` (0-based) of `count`, numbered so they sort in order. */
export function rvoFileName(periodFrom: string, periodTo: string, index: number, count: number): string {
  const width = String(count).length;
  return `rvo-praktijkleren-${periodFrom}-${periodTo}-${String(index + 1).padStart(width, "0")}-van-${count}.csv`;
}

export interface RvoFile {
  name: string;
  header: string[];
  /** One row per learner, cells in the order of the header. */
  rows: (string | number)[][];
}

/** The learners as RVO upload files of at most 5 each, numbered, with the cells of each row. */
export function rvoUpload(learners: readonly RvoLearner[], periodFrom: string, periodTo: string): RvoFile[] {
  const files = rvoFiles(learners);
  return files.map((file, index) => ({
    name: rvoFileName(periodFrom, periodTo, index, files.length),
    header: RVO_CSV_COLUMNS.map((c) => c.header),
    rows: file.map((learner) => RVO_CSV_COLUMNS.map((c) => c.value(learner))),
  }));
}
