import { z } from "zod";
import type { Catalog } from "../catalog/schema.ts";
import { languageLevelSchema } from "../catalog/schema.ts";
import { compileCatalog } from "../catalog/compiled.ts";
import {
  DuplicateEvidenceError,
  ForeignWorkProcessError,
  FutureEvidenceError,
  UnknownReferenceError,
} from "../errors.ts";

export const evidenceKindSchema = z.enum(["praktijkbeoordeling", "exam", "evc", "exemption"]);
export const evidenceResultSchema = z.enum([
  "beheerst",
  "nog-niet",
  "niet-van-toepassing",
  "passed",
  "failed",
]);

const RATINGS = new Set(["beheerst", "nog-niet", "niet-van-toepassing"]);

export const evidenceSchema = z
  .object({
    id: z.string().min(1),
    workProcessId: z.string().min(1),
    kind: evidenceKindSchema,
    result: evidenceResultSchema,
    date: z.iso.date(),
    /** For a praktijkbeoordeling: judged in an SBB-recognised leerbedrijf. */
    inRecognisedCompany: z.boolean().default(true),
    /** For an exam: the qualification (dossier) it was taken for. */
    qualificationId: z.string().optional(),
  })
  // A praktijkopleider rates (beheerst / nog niet / n.v.t.); exams, EVC and exemptions pass or fail.
  .refine((e) => (e.kind === "praktijkbeoordeling") === RATINGS.has(e.result), {
    message:
      "Een praktijkbeoordeling is beheerst, nog niet of niet van toepassing; een examen, EVC of vrijstelling is behaald of niet behaald.",
    path: ["result"],
  });
export type Evidence = z.infer<typeof evidenceSchema>;

export const heldCredentialSchema = z.object({
  kind: z.enum(["diploma", "certificate", "praktijkverklaring"]),
  /** Qualification id (diploma), certificate id, or praktijkverklaring template id. */
  ref: z.string().min(1),
  issuedOn: z.iso.date(),
  workProcessIds: z.array(z.string()).default([]),
});
export type HeldCredential = z.infer<typeof heldCredentialSchema>;

export const personProfileSchema = z.object({
  credentials: z.array(heldCredentialSchema).default([]),
  evidence: z.array(evidenceSchema).default([]),
  languageLevels: z.object({ mondeling: languageLevelSchema.optional() }).default({}),
  generiekDeelPassed: z.array(z.string()).default([]),
  babyscholing: z.boolean().default(false),
  vogRegistered: z.boolean().default(false),
});
export type PersonProfile = z.infer<typeof personProfileSchema>;
export type PersonProfileInput = z.input<typeof personProfileSchema>;

/**
 * Parses and checks a profile against the catalog; every rule starts here so bad input gets a typed
 * error instead of a silently wrong answer.
 */
export function parseProfile(catalog: Catalog, input: PersonProfileInput, asOf: string): PersonProfile {
  const profile = personProfileSchema.parse(input);
  const c = compileCatalog(catalog);
  const seen = new Set<string>();
  for (const e of profile.evidence) {
    if (!c.workProcess.has(e.workProcessId)) throw new UnknownReferenceError("werkproces", e.workProcessId);
    if (e.date > asOf) throw new FutureEvidenceError(e.id, e.date);
    if (seen.has(e.id)) throw new DuplicateEvidenceError(e.id);
    seen.add(e.id);
    if (e.qualificationId) {
      const q = c.qualification.get(e.qualificationId);
      if (!q) throw new UnknownReferenceError("kwalificatie", e.qualificationId);
      if (c.workProcess.get(e.workProcessId)?.dossierVersionId !== q.dossierVersionId) {
        throw new ForeignWorkProcessError(e.workProcessId, q.id);
      }
    }
  }
  for (const cred of profile.credentials) {
    const known =
      cred.kind === "diploma"
        ? c.qualification.has(cred.ref)
        : cred.kind === "certificate"
          ? c.certificate.has(cred.ref)
          : c.praktijkverklaring.has(cred.ref);
    if (!known) throw new UnknownReferenceError(cred.kind, cred.ref);
    if (cred.issuedOn > asOf) throw new FutureEvidenceError(cred.ref, cred.issuedOn);
  }
  return profile;
}

/** Werkprocessen a person has shown: formal passes, exemptions, EVC, and credentials held. */
export function shownWorkProcesses(catalog: Catalog, profile: PersonProfile): Set<string> {
  const c = compileCatalog(catalog);
  const shown = new Set<string>();
  for (const e of profile.evidence) {
    if (e.result === "passed") shown.add(e.workProcessId);
  }
  for (const cred of profile.credentials) {
    if (cred.kind === "diploma") c.qualification.get(cred.ref)?.workProcessIds.forEach((id) => shown.add(id));
    if (cred.kind === "certificate")
      c.certificate.get(cred.ref)?.workProcessIds.forEach((id) => shown.add(id));
  }
  return shown;
}

/** Werkprocessen with a passing formal exam (or exemption/EVC): what a school may certify. */
export function examinedWorkProcesses(profile: PersonProfile): Set<string> {
  return new Set(profile.evidence.filter((e) => e.result === "passed").map((e) => e.workProcessId));
}

/** Werkprocessen a praktijkopleider judged beheerst in a recognised leerbedrijf (latest judgement wins). */
export function judgedMastered(profile: PersonProfile): Set<string> {
  const latest = new Map<string, Evidence>();
  for (const e of profile.evidence) {
    if (e.kind !== "praktijkbeoordeling") continue;
    const prev = latest.get(e.workProcessId);
    if (!prev || prev.date <= e.date) latest.set(e.workProcessId, e);
  }
  return new Set(
    [...latest.values()]
      .filter((e) => e.result === "beheerst" && e.inRecognisedCompany)
      .map((e) => e.workProcessId),
  );
}

export function holds(profile: PersonProfile, kind: HeldCredential["kind"], ref: string): boolean {
  return profile.credentials.some((c) => c.kind === kind && c.ref === ref);
}
