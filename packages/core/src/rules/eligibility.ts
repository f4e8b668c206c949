import type { Catalog } from "../catalog/schema.ts";
import { compileCatalog } from "../catalog/compiled.ts";
import { qualificationParts } from "../catalog/lookup.ts";
import {
  holds,
  holdsIssued,
  issuingBasis,
  judgedMastered,
  judgedOutsideRecognition,
  parseProfile,
  shownWorkProcesses,
  type HeldCatalogCredential,
  type PersonProfile,
  type PersonProfileInput,
} from "./profile.ts";

export interface CredentialEligibility {
  credentialKind: "DIPLOMA" | "CERTIFICATE" | "PRAKTIJKVERKLARING";
  credentialId: string;
  title: string;
  status: "earned" | "eligible" | "missing";
  /** For a praktijkverklaring: exactly the werkprocessen it would list. Otherwise: those already shown. */
  workProcessIds: string[];
  missingWorkProcessIds: string[];
  missingGeneriekDeel: string[];
  /**
   * For a diploma: the parts (basisdeel, profieldeel) whose content the catalog does not hold. While
   * any is listed the diploma is never eligible: nothing shows the part was examined (fail closed).
   */
  unknownParts: string[];
  /**
   * For a praktijkverklaring: werkprocessen judged beheerst only in a leerbedrijf without SBB
   * recognition. They are not listed until a recognised leerbedrijf judges them.
   */
  unrecognisedWorkProcessIds: string[];
}

/** Splits werkprocessen into those in hand and those missing. */
function split(ids: readonly string[], has: ReadonlySet<string>) {
  const inHand: string[] = [];
  const missing: string[] = [];
  for (const id of ids) (has.has(id) ? inHand : missing).push(id);
  return [inHand, missing] as const;
}

const status = (earned: boolean, complete: boolean) =>
  earned ? "earned" : complete ? "eligible" : "missing";

/**
 * Per credential: earned, eligible now, or what is missing, on everything the person's records show
 * (held diplomas and certificates whoever recorded them, passing exams, EVC, exemptions): the view of
 * the plan and the employer's staffing. Whether a school may issue is `evaluateIssuingEligibility`.
 */
export function evaluateCredentialEligibility(
  catalog: Catalog,
  input: PersonProfileInput,
  asOf: string,
): CredentialEligibility[] {
  const profile = parseProfile(catalog, input, asOf);
  return evaluate(catalog, profile, (kind, ref) => holds(profile, kind, ref));
}

/**
 * Per credential, whether school `schoolId` may issue it today: only on what its own examencommissie
 * established or granted and the credentials it issued itself (`issuingBasis`), never on what the
 * employer declared or another school established. Earned means a school issued it already, so
 * issuing it again would make a second one. A diploma is never earned automatically from certificates.
 */
export function evaluateIssuingEligibility(
  catalog: Catalog,
  input: PersonProfileInput,
  schoolId: string,
  asOf: string,
): CredentialEligibility[] {
  const profile = parseProfile(catalog, input, asOf);
  return evaluate(catalog, issuingBasis(profile, schoolId), (kind, ref) => holdsIssued(profile, kind, ref));
}

function evaluate(
  catalog: Catalog,
  profile: PersonProfile,
  earned: (kind: HeldCatalogCredential["kind"], ref: string) => boolean,
): CredentialEligibility[] {
  const c = compileCatalog(catalog);
  const shown = shownWorkProcesses(catalog, profile);
  const mastered = judgedMastered(catalog, profile);
  const outside = judgedOutsideRecognition(catalog, profile);
  const certificates = catalog.certificates.map((cert): CredentialEligibility => {
    const [inHand, missing] = split(cert.workProcessIds, shown);
    return {
      credentialKind: "CERTIFICATE",
      credentialId: cert.id,
      title: cert.title,
      status: status(earned("CERTIFICATE", cert.id), missing.length === 0),
      workProcessIds: inHand,
      missingWorkProcessIds: missing,
      missingGeneriekDeel: [],
      unknownParts: [],
      unrecognisedWorkProcessIds: [],
    };
  });
  const diplomas = catalog.qualifications.map((q): CredentialEligibility => {
    const [inHand, missing] = split(q.workProcessIds, shown);
    const missingGeneriek = q.generiekDeel.filter((part) => !profile.generiekDeelPassed.includes(part));
    const unknownParts = qualificationParts(catalog, q.id).flatMap((part) =>
      part.known ? [] : [part.title],
    );
    const complete = missing.length === 0 && missingGeneriek.length === 0 && unknownParts.length === 0;
    return {
      credentialKind: "DIPLOMA",
      credentialId: q.id,
      title: q.title,
      status: status(earned("DIPLOMA", q.id), complete),
      workProcessIds: inHand,
      missingWorkProcessIds: missing,
      missingGeneriekDeel: missingGeneriek,
      unknownParts,
      unrecognisedWorkProcessIds: [],
    };
  });
  const praktijkverklaringen = catalog.praktijkverklaringTemplates.map((t): CredentialEligibility => {
    const dossierWorkProcesses = c.qualification.get(t.qualificationId)?.workProcessIds ?? [];
    const listed = dossierWorkProcesses.filter((id) => mastered.has(id));
    return {
      credentialKind: "PRAKTIJKVERKLARING",
      credentialId: t.id,
      title: t.title,
      status: status(earned("PRAKTIJKVERKLARING", t.id), listed.length > 0),
      workProcessIds: listed,
      missingWorkProcessIds: t.recommendedWorkProcessIds.filter((id) => !mastered.has(id)),
      missingGeneriekDeel: [],
      unknownParts: [],
      unrecognisedWorkProcessIds: dossierWorkProcesses.filter((id) => outside.has(id)),
    };
  });
  return [...praktijkverklaringen, ...certificates, ...diplomas];
}
