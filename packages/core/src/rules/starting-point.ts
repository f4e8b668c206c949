import type { Catalog, JobFunction } from "../catalog/schema.ts";
import { compileCatalog } from "../catalog/compiled.ts";
import { UnknownReferenceError } from "../errors.ts";
import { holds, parseProfile, type PersonProfile, type PersonProfileInput } from "./profile.ts";
import { describeMissing, evaluateRequirement, type MissingItem, type Workplace } from "./requirements.ts";
import { workRefusal, workRequirement, type WorkRefusal } from "./work-requirement.ts";

export interface FunctionAssessment {
  functionId: string;
  title: string;
  mayFill: boolean;
  route: string | null;
  missing: MissingItem[];
  /** Said with the answer: a held diploma that does not qualify, or a check the workplace decides. */
  notes: string[];
  /**
   * Why the person may not work in the function at all, whatever route they take to it: not registered
   * in the Personenregister Kinderopvang with a linked VOG. Null when nothing bars them.
   */
  refusal: WorkRefusal | null;
  /**
   * Dutch, e.g. "Pedagogisch medewerker: nog nodig C0123 en taaleis mondeling 3F"; a refusal comes
   * first: "Groepshulp: Niet ingeschreven in het Personenregister Kinderopvang met gekoppelde VOG".
   */
  explanation: string;
}

export interface StartingPointOptions {
  /** The groups the person works in; babyscholing is needed where they take 0-year-olds. */
  workplace?: Workplace;
}

/** Which functions a person may fill today, by which route, and what is missing for the others. */
export function assessStartingPoint(
  catalog: Catalog,
  input: PersonProfileInput,
  asOf: string,
  options: StartingPointOptions = {},
): FunctionAssessment[] {
  const profile = parseProfile(catalog, input, asOf);
  return catalog.functions.map((fn) => assessParsed(catalog, profile, fn, asOf, options));
}

/**
 * The assessment of one function, the same answer `assessStartingPoint` gives for it, without judging
 * every other function of the catalog: a team list needs only the function each person is employed
 * in. The person's facts are checked first (a `CoreInputError` as in `assessStartingPoint`); null
 * when the catalog has no function `functionId`.
 */
export function assessFunction(
  catalog: Catalog,
  input: PersonProfileInput,
  functionId: string,
  asOf: string,
  options: StartingPointOptions = {},
): FunctionAssessment | null {
  const profile = parseProfile(catalog, input, asOf);
  const fn = compileCatalog(catalog).function.get(functionId);
  return fn ? assessParsed(catalog, profile, fn, asOf, options) : null;
}

function assessParsed(
  catalog: Catalog,
  profile: PersonProfile,
  fn: JobFunction,
  asOf: string,
  options: StartingPointOptions,
): FunctionAssessment {
  const c = compileCatalog(catalog);
  const result = evaluateRequirement(catalog, profile, workRequirement(fn), {
    asOf,
    workplace: options.workplace,
  });
  const refusal = workRefusal(fn, profile, asOf);
  const notQualifying = result.met
    ? []
    : (fn.nonQualifyingQualificationIds ?? [])
        .filter((id) => holds(profile, "DIPLOMA", id))
        .map(
          (id) =>
            `het diploma ${c.qualification.get(id)?.title ?? id} kwalificeert niet als ${fn.title.toLowerCase()}`,
        );
  // The refusal names the registration; the rest of what is missing follows it.
  const stillMissing = refusal ? result.missing.filter((m) => m.code !== "VOG_REGISTRATION") : result.missing;
  const reasons = [
    ...(refusal ? [refusal.message] : []),
    ...notQualifying,
    ...(stillMissing.length ? [`nog nodig ${describeMissing(stillMissing)}`] : []),
  ];
  return {
    functionId: fn.id,
    title: fn.title,
    mayFill: result.met,
    route: result.route,
    missing: result.missing,
    notes: [...notQualifying, ...result.notes],
    refusal,
    explanation: result.met
      ? `${fn.title}: mag deze functie vervullen${result.route ? ` (${result.route})` : ""}`
      : `${fn.title}: ${reasons.join("; ")}`,
  };
}

/**
 * Why a person may not work in a function on `asOf` whatever route they take to it (the refusal of
 * `assessStartingPoint`), or null: a path that brings the diploma does not bring the registration.
 */
export function findWorkRefusal(
  catalog: Catalog,
  input: PersonProfileInput,
  functionId: string,
  asOf: string,
): WorkRefusal | null {
  const fn = compileCatalog(catalog).function.get(functionId);
  if (!fn) throw new UnknownReferenceError("functie", functionId);
  return workRefusal(fn, parseProfile(catalog, input, asOf), asOf);
}
