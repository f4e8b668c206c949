import type { Catalog } from "../catalog/schema.ts";
import { parseProfile, type PersonProfileInput } from "./profile.ts";
import { describeMissing, evaluateRequirement, type MissingItem } from "./requirements.ts";

export interface FunctionAssessment {
  functionId: string;
  title: string;
  mayFill: boolean;
  route: string | null;
  missing: MissingItem[];
  /** Dutch, e.g. "Pedagogisch medewerker: nog nodig C0123 en taaleis mondeling 3F". */
  explanation: string;
}

/** Which functions a person may fill today, by which route, and what is missing for the others. */
export function assessStartingPoint(
  catalog: Catalog,
  input: PersonProfileInput,
  asOf: string,
): FunctionAssessment[] {
  const profile = parseProfile(catalog, input, asOf);
  return catalog.functions.map((fn) => {
    const result = evaluateRequirement(catalog, profile, fn.requirement);
    return {
      functionId: fn.id,
      title: fn.title,
      mayFill: result.met,
      route: result.route,
      missing: result.missing,
      explanation: result.met
        ? `${fn.title}: mag deze functie vervullen${result.route ? ` (${result.route})` : ""}`
        : `${fn.title}: nog nodig ${describeMissing(result.missing)}`,
    };
  });
}
