import type { Catalog } from "../catalog/schema.ts";
import { compileCatalog } from "../catalog/compiled.ts";
import { holds, parseProfile, type PersonProfileInput } from "./profile.ts";
import { describeMissing, evaluateRequirement, type MissingItem, type Workplace } from "./requirements.ts";

export interface FunctionAssessment {
  functionId: string;
  title: string;
  mayFill: boolean;
  route: string | null;
  missing: MissingItem[];
  /** Said with the answer: a held diploma that does not qualify, or a check the workplace decides. */
  notes: string[];
  /** Dutch, e.g. "Pedagogisch medewerker: nog nodig C0123 en taaleis mondeling 3F". */
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
  const c = compileCatalog(catalog);
  const ctx = { asOf, workplace: options.workplace };
  return catalog.functions.map((fn) => {
    const result = evaluateRequirement(catalog, profile, fn.requirement, ctx);
    const notQualifying = result.met
      ? []
      : (fn.nonQualifyingQualificationIds ?? [])
          .filter((id) => holds(profile, "diploma", id))
          .map(
            (id) =>
              `het diploma ${c.qualification.get(id)?.title ?? id} kwalificeert niet als ${fn.title.toLowerCase()}`,
          );
    const notes = [...notQualifying, ...result.notes];
    return {
      functionId: fn.id,
      title: fn.title,
      mayFill: result.met,
      route: result.route,
      missing: result.missing,
      notes,
      explanation: result.met
        ? `${fn.title}: mag deze functie vervullen${result.route ? ` (${result.route})` : ""}`
        : `${fn.title}: ${notQualifying.map((n) => `${n}; `).join("")}nog nodig ${describeMissing(result.missing)}`,
    };
  });
}
