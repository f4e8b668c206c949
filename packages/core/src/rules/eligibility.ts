import type { Catalog } from "../catalog/schema.ts";
import { compileCatalog } from "../catalog/compiled.ts";
import {
  examinedWorkProcesses,
  holds,
  judgedMastered,
  parseProfile,
  type PersonProfileInput,
} from "./profile.ts";

export interface CredentialEligibility {
  credentialKind: "diploma" | "certificate" | "praktijkverklaring";
  credentialId: string;
  title: string;
  status: "earned" | "eligible" | "missing";
  /** For a praktijkverklaring: exactly the werkprocessen it would list. Otherwise: those already shown. */
  workProcessIds: string[];
  missingWorkProcessIds: string[];
  missingGeneriekDeel: string[];
}

const status = (earned: boolean, complete: boolean) =>
  earned ? "earned" : complete ? "eligible" : "missing";

/**
 * Per credential: earned, eligible now (the school may issue it), or what is missing. Only the school
 * issues; a diploma is never earned automatically from certificates.
 */
export function evaluateCredentialEligibility(
  catalog: Catalog,
  input: PersonProfileInput,
  asOf: string,
): CredentialEligibility[] {
  const profile = parseProfile(catalog, input, asOf);
  const c = compileCatalog(catalog);
  const examined = examinedWorkProcesses(profile);
  const mastered = judgedMastered(profile);
  const exempted = new Set(
    profile.credentials
      .filter((x) => x.kind === "certificate")
      .flatMap((x) => c.certificate.get(x.ref)?.workProcessIds ?? []),
  );

  const certificates = catalog.certificates.map((cert): CredentialEligibility => {
    const missing = cert.workProcessIds.filter((id) => !examined.has(id));
    return {
      credentialKind: "certificate",
      credentialId: cert.id,
      title: cert.title,
      status: status(holds(profile, "certificate", cert.id), missing.length === 0),
      workProcessIds: cert.workProcessIds.filter((id) => examined.has(id)),
      missingWorkProcessIds: missing,
      missingGeneriekDeel: [],
    };
  });
  const diplomas = catalog.qualifications.map((q): CredentialEligibility => {
    const missing = q.workProcessIds.filter((id) => !examined.has(id) && !exempted.has(id));
    const missingGeneriek = q.generiekDeel.filter((part) => !profile.generiekDeelPassed.includes(part));
    return {
      credentialKind: "diploma",
      credentialId: q.id,
      title: q.title,
      status: status(holds(profile, "diploma", q.id), missing.length === 0 && missingGeneriek.length === 0),
      workProcessIds: q.workProcessIds.filter((id) => examined.has(id) || exempted.has(id)),
      missingWorkProcessIds: missing,
      missingGeneriekDeel: missingGeneriek,
    };
  });
  const praktijkverklaringen = catalog.praktijkverklaringTemplates.map((t): CredentialEligibility => {
    const dossierWorkProcesses = c.qualification.get(t.qualificationId)?.workProcessIds ?? [];
    const listed = dossierWorkProcesses.filter((id) => mastered.has(id));
    return {
      credentialKind: "praktijkverklaring",
      credentialId: t.id,
      title: t.title,
      status: status(holds(profile, "praktijkverklaring", t.id), listed.length > 0),
      workProcessIds: listed,
      missingWorkProcessIds: t.recommendedWorkProcessIds.filter((id) => !mastered.has(id)),
      missingGeneriekDeel: [],
    };
  });
  return [...praktijkverklaringen, ...certificates, ...diplomas];
}
