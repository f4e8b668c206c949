// Long because: the profile schema core judges and its consistency checks, kept with the parser that relies on them.
import { z } from "zod";
import type { Catalog, EducationLevel, LanguageLevel } from "../catalog/schema.ts";
import { educationLevelSchema, languageLevelSchema, learningRouteSchema } from "../catalog/schema.ts";
import { compileCatalog, type CompiledCatalog } from "../catalog/compiled.ts";
import { CREDENTIAL_KINDS, type CredentialKind } from "../catalog/lookup.ts";
import { assertAsOf, isPlausibleIsoDate, isoDateSchema } from "../dates.ts";
import {
  CredentialContentError,
  DuplicateEvidenceError,
  ForeignWorkProcessError,
  FutureEvidenceError,
  InvalidDateError,
  UnknownReferenceError,
} from "../errors.ts";
import { currentRecords } from "./supersession.ts";

/**
 * What a piece of evidence is, spelled as the database spells it: a praktijkopleider's judgement, a
 * formal exam result, prior learning (EVC) or an exemption the school granted. The database also keeps
 * observations (PRACTICE_OBSERVATION), which are no judgement and never reach core; an exemption is
 * not stored as evidence. `enums.test.ts` in the api holds the two lists to exactly that difference.
 */
export const EVIDENCE_KINDS = ["PRACTICE_ASSESSMENT", "FORMAL_EXAM", "PRIOR_LEARNING", "EXEMPTION"] as const;
export const evidenceKindSchema = z.enum(EVIDENCE_KINDS);
/** What a judgement (beheerst, nog niet, niet van toepassing) or an exam (behaald, niet behaald) says. */
export const EVIDENCE_RESULTS = ["MASTERED", "NOT_YET", "NOT_APPLICABLE", "PASSED", "FAILED"] as const;
export const evidenceResultSchema = z.enum(EVIDENCE_RESULTS);
export type EvidenceResult = (typeof EVIDENCE_RESULTS)[number];

const RATINGS: ReadonlySet<unknown> = new Set(["MASTERED", "NOT_YET", "NOT_APPLICABLE"]);

/**
 * How far a praktijkbeoordeling is signed: a draft the praktijkopleider can still change, signed by the
 * praktijkopleider, or also co-signed by the leidinggevende. Only a co-signed judgement counts: a
 * praktijkverklaring states werkprocessen judged beheerst, signed and co-signed in the leerbedrijf
 * (werxe.nl, praktijkloketmbo.nl; the domain guide, school-and-region.md "Issuing").
 */
export const JUDGEMENT_SIGNINGS = ["DRAFT", "SIGNED", "CO_SIGNED"] as const;
export type JudgementSigning = (typeof JUDGEMENT_SIGNINGS)[number];
const SIGNINGS: ReadonlySet<unknown> = new Set(JUDGEMENT_SIGNINGS);
/** Whether a result is one a praktijkbeoordeling gives; exams, EVC and exemptions pass or fail. */
export const isRating = (result: string): boolean => RATINGS.has(result);

/**
 * Who stands behind a result or a held credential. `school`: that school's examencommissie established
 * the exam result or granted the exemption, or the school issued the credential on the platform
 * (verified). `employer`: the employer's HR typed it in (a declaration, unverified). A record without
 * provenance is of unknown origin: the staffing view counts it, issuing never does.
 */
export const provenanceSchema = z.discriminatedUnion("by", [
  z.object({ by: z.literal("school"), schoolId: z.string().min(1) }),
  z.object({ by: z.literal("employer") }),
]);
export type Provenance = z.infer<typeof provenanceSchema>;

export const evidenceSchema = z
  .object({
    id: z.string().min(1),
    workProcessId: z.string().min(1),
    kind: evidenceKindSchema,
    result: evidenceResultSchema,
    date: isoDateSchema,
    /** For a praktijkbeoordeling: judged in an SBB-recognised leerbedrijf. */
    inRecognisedCompany: z.boolean().default(true),
    /** For a praktijkbeoordeling, and only for one: how far it is signed (core decides what counts). */
    signing: z.enum(JUDGEMENT_SIGNINGS).optional(),
    /** On a correction: the record it replaces, which then no longer counts (core's `currentRecords`). */
    supersedesId: z.string().min(1).nullable().optional(),
    /** For an exam: the qualification (dossier) it was taken for. */
    qualificationId: z.string().optional(),
    provenance: provenanceSchema.optional(),
  })
  // A praktijkopleider rates (beheerst / nog niet / n.v.t.); exams, EVC and exemptions pass or fail.
  .refine((e) => (e.kind === "PRACTICE_ASSESSMENT") === RATINGS.has(e.result), {
    message:
      "Een praktijkbeoordeling is beheerst, nog niet of niet van toepassing; een examen, EVC of vrijstelling is behaald of niet behaald.",
    path: ["result"],
  })
  // Fail closed: a judgement whose signing is unknown is not taken as signed.
  .refine((e) => (e.kind === "PRACTICE_ASSESSMENT") === (e.signing !== undefined), {
    message:
      "Een praktijkbeoordeling zegt of ze een concept is, ondertekend of ook medeondertekend; een examen, EVC of vrijstelling niet.",
    path: ["signing"],
  });
export type Evidence = z.infer<typeof evidenceSchema>;

/** A diploma, certificate or praktijkverklaring from the catalog. */
export const catalogCredentialSchema = z.object({
  kind: z.enum(CREDENTIAL_KINDS),
  /** Qualification id (diploma), certificate id, or praktijkverklaring template id. */
  ref: z.string().min(1),
  issuedOn: isoDateSchema,
  /** The werkprocessen the document states; checked against the catalog. */
  workProcessIds: z.array(z.string()).default([]),
  provenance: provenanceSchema.optional(),
});
export type HeldCatalogCredential = z.infer<typeof catalogCredentialSchema>;

/** A diploma outside the catalog (e.g. hbo, havo, a foreign diploma), in the cao diplomagroep it falls in. */
export const otherDiplomaSchema = z.object({
  kind: z.literal("OTHER_DIPLOMA"),
  title: z.string().min(1),
  educationLevel: educationLevelSchema,
  /** A diplomaGroups id of the catalog; null when the diploma is on no cao list. */
  diplomaGroup: z.string().nullable().default(null),
  issuedOn: isoDateSchema,
});
export type OtherDiploma = z.infer<typeof otherDiplomaSchema>;

/** What a person can hold: a catalog credential, or another diploma in the cao diplomagroep it falls in. */
export const HELD_CREDENTIAL_KINDS = [...CREDENTIAL_KINDS, "OTHER_DIPLOMA"] as const;
export type HeldCredentialKind = (typeof HELD_CREDENTIAL_KINDS)[number];

export const heldCredentialSchema = z.discriminatedUnion("kind", [
  catalogCredentialSchema,
  otherDiplomaSchema,
]);
export type HeldCredential = z.infer<typeof heldCredentialSchema>;

/** An enrolment with a school; it is an active route only with a signed POK and while it runs. */
export const enrolmentSchema = z.object({
  qualificationId: z.string().min(1),
  learningRoute: learningRouteSchema,
  pokSignedOn: isoDateSchema.nullable().default(null),
  startsOn: isoDateSchema.nullable().default(null),
  endsOn: isoDateSchema.nullable().default(null),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

export const personProfileSchema = z.object({
  credentials: z.array(heldCredentialSchema).default([]),
  evidence: z.array(evidenceSchema).default([]),
  languageLevels: z.object({ mondeling: languageLevelSchema.optional() }).default({}),
  generiekDeelPassed: z.array(z.string()).default([]),
  babyscholing: z.boolean().default(false),
  /** Registered in the Personenregister Kinderopvang with a linked VOG. */
  vogRegistered: z.boolean().default(false),
  /** The day that registration took effect, when known: before it the registration is not in force. */
  vogRegisteredOn: isoDateSchema.nullable().default(null),
  enrolments: z.array(enrolmentSchema).default([]),
  /** An ontwikkelplan agreed for this person (cao art. 9.5). */
  ontwikkelplan: z.boolean().default(false),
  /** Years of relevant work experience. */
  experienceYears: z.number().min(0).max(60).default(0),
});
export type PersonProfile = z.infer<typeof personProfileSchema>;
export type PersonProfileInput = z.input<typeof personProfileSchema>;

const KIND_SET: ReadonlySet<unknown> = new Set(evidenceKindSchema.options);
/** The results of exams, EVC and exemptions: every result that is not a rating. */
const PASS_OR_FAIL: ReadonlySet<unknown> = new Set(EVIDENCE_RESULTS.filter((r) => !RATINGS.has(r)));

/**
 * One evidence record exactly as `evidenceSchema` returns it, checked without zod (a person can have
 * hundreds, and zod costs more than the rules); null when it is not valid, so that zod is asked and
 * gives its error. A property test keeps the two in step.
 */
export function fastEvidence(input: unknown): Evidence | null {
  if (typeof input !== "object" || input === null) return null;
  const {
    id,
    workProcessId,
    kind,
    result,
    date,
    inRecognisedCompany,
    qualificationId,
    provenance,
    signing,
    supersedesId,
  } = input as Record<string, unknown>;
  if (typeof id !== "string" || id.length === 0) return null;
  if (typeof workProcessId !== "string" || workProcessId.length === 0) return null;
  // A praktijkbeoordeling is rated; exams, EVC and exemptions pass or fail.
  const rated = kind === "PRACTICE_ASSESSMENT";
  if (rated ? !RATINGS.has(result) : !KIND_SET.has(kind) || !PASS_OR_FAIL.has(result)) return null;
  if (!isPlausibleIsoDate(date)) return null;
  if (inRecognisedCompany !== undefined && typeof inRecognisedCompany !== "boolean") return null;
  if (qualificationId !== undefined && typeof qualificationId !== "string") return null;
  if (rated !== (signing !== undefined)) return null;
  if (signing !== undefined && !SIGNINGS.has(signing)) return null;
  if (
    supersedesId !== undefined &&
    supersedesId !== null &&
    (typeof supersedesId !== "string" || !supersedesId)
  )
    return null;
  const origin = provenance === undefined ? undefined : fastProvenance(provenance);
  if (origin === null) return null;
  // A judgement's signing is written with the rest, so that the record keeps one shape.
  const evidence: Evidence =
    signing === undefined || qualificationId !== undefined
      ? {
          id,
          workProcessId,
          kind: kind as Evidence["kind"],
          result: result as Evidence["result"],
          date,
          inRecognisedCompany: inRecognisedCompany ?? true,
        }
      : {
          id,
          workProcessId,
          kind: kind as Evidence["kind"],
          result: result as Evidence["result"],
          date,
          inRecognisedCompany: inRecognisedCompany ?? true,
          signing: signing as JudgementSigning,
        };
  if (qualificationId !== undefined) evidence.qualificationId = qualificationId;
  if (signing !== undefined && qualificationId !== undefined) evidence.signing = signing as JudgementSigning;
  if (supersedesId !== undefined) evidence.supersedesId = supersedesId as string | null;
  if (origin !== undefined) evidence.provenance = origin;
  return evidence;
}

/** A provenance exactly as `provenanceSchema` returns it, or null when it is not valid. */
function fastProvenance(input: unknown): Provenance | null {
  if (typeof input !== "object" || input === null) return null;
  const { by, schoolId } = input as Record<string, unknown>;
  if (by === "employer") return { by };
  if (by === "school" && typeof schoolId === "string" && schoolId.length > 0) return { by, schoolId };
  return null;
}

const CATALOG_KIND_SET: ReadonlySet<unknown> = new Set(CREDENTIAL_KINDS);
const EDUCATION_LEVEL_SET: ReadonlySet<unknown> = new Set(educationLevelSchema.options);
const LANGUAGE_LEVEL_SET: ReadonlySet<unknown> = new Set(languageLevelSchema.options);
const LEARNING_ROUTE_SET: ReadonlySet<unknown> = new Set(learningRouteSchema.options);

/** What `z.object` takes: an object that is not an array. */
const isRecord = (value: unknown): value is object =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isFilledString = (value: unknown): value is string => typeof value === "string" && value.length > 0;
/** An optional boolean with a default, as zod reads it; undefined when it is not one. */
const booleanOr = (value: unknown, fallback: boolean) =>
  value === undefined ? fallback : typeof value === "boolean" ? value : undefined;
/** A nullable ISO date defaulting to null, as `isoDateSchema.nullable().default(null)` reads it. */
const dateOrNull = (value: unknown): string | null | undefined =>
  value === undefined || value === null ? null : isPlausibleIsoDate(value) ? value : undefined;

/** A list of strings exactly as `z.array(z.string())` returns it (a copy), or null when it is not one. */
function fastStrings(input: unknown): string[] | null {
  if (!Array.isArray(input)) return null;
  for (const item of input) if (typeof item !== "string") return null;
  return input.slice();
}

/** A held credential exactly as `heldCredentialSchema` returns it, or null when it is not valid. */
function fastCredential(input: unknown): HeldCredential | null {
  if (typeof input !== "object" || input === null) return null;
  const { kind, issuedOn } = input as Record<string, unknown>;
  if (!isPlausibleIsoDate(issuedOn)) return null;
  if (kind === "OTHER_DIPLOMA") {
    const { title, educationLevel, diplomaGroup } = input as Record<string, unknown>;
    if (!isFilledString(title) || !EDUCATION_LEVEL_SET.has(educationLevel)) return null;
    if (diplomaGroup !== undefined && diplomaGroup !== null && typeof diplomaGroup !== "string") return null;
    return {
      kind,
      title,
      educationLevel: educationLevel as EducationLevel,
      diplomaGroup: diplomaGroup ?? null,
      issuedOn,
    };
  }
  if (!CATALOG_KIND_SET.has(kind)) return null;
  const { ref, workProcessIds, provenance } = input as Record<string, unknown>;
  if (!isFilledString(ref)) return null;
  const ids = workProcessIds === undefined ? [] : fastStrings(workProcessIds);
  if (!ids) return null;
  const origin = provenance === undefined ? undefined : fastProvenance(provenance);
  if (origin === null) return null;
  const credential: HeldCatalogCredential = {
    kind: kind as CredentialKind,
    ref,
    issuedOn,
    workProcessIds: ids,
  };
  if (origin !== undefined) credential.provenance = origin;
  return credential;
}

/** An enrolment exactly as `enrolmentSchema` returns it, or null when it is not valid. */
function fastEnrolment(input: unknown): Enrolment | null {
  if (typeof input !== "object" || input === null) return null;
  const { qualificationId, learningRoute, pokSignedOn, startsOn, endsOn } = input as Record<string, unknown>;
  if (!isFilledString(qualificationId) || !LEARNING_ROUTE_SET.has(learningRoute)) return null;
  const signed = dateOrNull(pokSignedOn);
  const starts = dateOrNull(startsOn);
  const ends = dateOrNull(endsOn);
  if (signed === undefined || starts === undefined || ends === undefined) return null;
  return {
    qualificationId,
    learningRoute: learningRoute as Enrolment["learningRoute"],
    pokSignedOn: signed,
    startsOn: starts,
    endsOn: ends,
  };
}

/** Each item of a list checked by `check`, or null when the list or one item is not valid. */
function fastList<T>(input: unknown, check: (item: unknown) => T | null): T[] | null {
  if (input === undefined) return [];
  if (!Array.isArray(input)) return null;
  const result: T[] = [];
  for (const item of input) {
    const checked = check(item);
    if (checked === null) return null;
    result.push(checked);
  }
  return result;
}

/**
 * A profile exactly as `personProfileSchema` returns it, checked without zod (plans are asked for many
 * people at once, and zod costs more than the rules); null when it is not valid, so that zod is asked
 * and gives its error. A property test keeps the two in step.
 */
export function fastProfile(input: unknown): PersonProfile | null {
  if (!isRecord(input)) return null;
  const raw = input as Record<string, unknown>;
  const credentials = fastList(raw.credentials, fastCredential);
  const evidence = fastList(raw.evidence, fastEvidence);
  const enrolments = fastList(raw.enrolments, fastEnrolment);
  const generiekDeelPassed = raw.generiekDeelPassed === undefined ? [] : fastStrings(raw.generiekDeelPassed);
  if (!credentials || !evidence || !enrolments || !generiekDeelPassed) return null;
  let languageLevels: PersonProfile["languageLevels"] = {};
  if (raw.languageLevels !== undefined) {
    if (!isRecord(raw.languageLevels)) return null;
    const { mondeling } = raw.languageLevels as Record<string, unknown>;
    if (mondeling !== undefined && !LANGUAGE_LEVEL_SET.has(mondeling)) return null;
    languageLevels = mondeling === undefined ? {} : { mondeling: mondeling as LanguageLevel };
  }
  const babyscholing = booleanOr(raw.babyscholing, false);
  const vogRegistered = booleanOr(raw.vogRegistered, false);
  const ontwikkelplan = booleanOr(raw.ontwikkelplan, false);
  const vogRegisteredOn = dateOrNull(raw.vogRegisteredOn);
  const experienceYears = raw.experienceYears === undefined ? 0 : raw.experienceYears;
  if (babyscholing === undefined || vogRegistered === undefined || ontwikkelplan === undefined) return null;
  if (vogRegisteredOn === undefined) return null;
  if (typeof experienceYears !== "number" || !(experienceYears >= 0 && experienceYears <= 60)) return null;
  return {
    credentials,
    evidence,
    languageLevels,
    generiekDeelPassed,
    babyscholing,
    vogRegistered,
    vogRegisteredOn,
    enrolments,
    ontwikkelplan,
    experienceYears,
  };
}

const catalogKind: Record<CredentialKind, string> = {
  DIPLOMA: "diploma",
  CERTIFICATE: "certificaat",
  PRAKTIJKVERKLARING: "praktijkverklaring",
};

function checkCredential(c: CompiledCatalog, catalog: Catalog, cred: HeldCredential) {
  if (cred.kind === "OTHER_DIPLOMA") {
    if (cred.diplomaGroup !== null && !catalog.diplomaGroups.some((g) => g.id === cred.diplomaGroup))
      throw new UnknownReferenceError("diplomagroep", cred.diplomaGroup);
    return;
  }
  const qualificationId =
    cred.kind === "DIPLOMA"
      ? c.qualification.get(cred.ref)?.id
      : cred.kind === "CERTIFICATE"
        ? c.certificate.get(cred.ref)?.qualificationId
        : c.praktijkverklaring.get(cred.ref)?.qualificationId;
  if (!qualificationId) throw new UnknownReferenceError(catalogKind[cred.kind], cred.ref);
  const dossier = c.qualification.get(qualificationId)?.dossierVersionId;
  for (const id of cred.workProcessIds) {
    const wp = c.workProcess.get(id);
    if (!wp) throw new UnknownReferenceError("werkproces", id);
    if (wp.dossierVersionId !== dossier) throw new ForeignWorkProcessError(id, qualificationId);
  }
  // A certificate covers fixed werkprocessen: a record that states others is a wrong record.
  if (cred.kind === "CERTIFICATE" && cred.workProcessIds.length > 0) {
    const expected = c.certificate.get(cred.ref)!.workProcessIds;
    const stated = new Set(cred.workProcessIds);
    const unexpected = cred.workProcessIds.filter((id) => !expected.includes(id));
    const absent = expected.filter((id) => !stated.has(id));
    if (unexpected.length || absent.length) throw new CredentialContentError(cred.ref, unexpected, absent);
  }
}

/**
 * Parses and checks a profile against the catalog; every rule starts here so bad input gets a typed
 * error instead of a silently wrong answer.
 */
export function parseProfile(catalog: Catalog, input: PersonProfileInput, asOf: string): PersonProfile {
  assertAsOf(asOf);
  const profile = fastProfile(input) ?? personProfileSchema.parse(input);
  const c = compileCatalog(catalog);
  const seen = new Set<string>();
  const positions = new Int32Array(profile.evidence.length);
  for (let k = 0; k < profile.evidence.length; k++) {
    const e = profile.evidence[k]!;
    const index = c.workProcessIndex.get(e.workProcessId);
    if (index === undefined) throw new UnknownReferenceError("werkproces", e.workProcessId);
    positions[k] = index;
    if (e.date > asOf) throw new FutureEvidenceError(e.id, e.date);
    const before = seen.size;
    if (seen.add(e.id).size === before) throw new DuplicateEvidenceError(e.id);
    if (e.qualificationId) {
      const q = c.qualification.get(e.qualificationId);
      if (!q) throw new UnknownReferenceError("kwalificatie", e.qualificationId);
      if (catalog.workProcesses[index]!.dossierVersionId !== q.dossierVersionId) {
        throw new ForeignWorkProcessError(e.workProcessId, q.id);
      }
    }
  }
  for (const cred of profile.credentials) {
    checkCredential(c, catalog, cred);
    if (cred.issuedOn > asOf)
      throw new FutureEvidenceError(cred.kind === "OTHER_DIPLOMA" ? cred.title : cred.ref, cred.issuedOn);
  }
  for (const enrolment of profile.enrolments) {
    if (!c.qualification.has(enrolment.qualificationId))
      throw new UnknownReferenceError("kwalificatie", enrolment.qualificationId);
    if (enrolment.startsOn && enrolment.endsOn && enrolment.endsOn < enrolment.startsOn)
      throw new InvalidDateError("einddatum van de inschrijving", enrolment.endsOn);
  }
  lastParsed = { catalog, evidence: profile.evidence, positions };
  return profile;
}

/**
 * The evidence list last checked and the catalog position of each record's werkproces, found while
 * checking: deriving from that list reads them instead of looking each up again. One slot, as below.
 */
let lastParsed: { catalog: Catalog; evidence: readonly Evidence[]; positions: Int32Array } | undefined;

/**
 * What rules derive from a profile more than once, computed once per parsed profile while it is in use:
 * each a bit per werkproces of the catalog (`workProcessIndex`); the sets are made from them when asked.
 */
interface Derived {
  shownBits: Uint8Array;
  masteredBits: Uint8Array;
  unrecognisedBits: Uint8Array;
  shown?: ReadonlySet<string>;
  mastered?: ReadonlySet<string>;
  unrecognised?: ReadonlySet<string>;
}
/**
 * The profile last derived from and what was derived. One slot, not a WeakMap: a rule reads one profile
 * several times in a row, and a WeakMap entry per call (a profile is parsed anew for every call) costs
 * the garbage collector more than the rules themselves.
 */
let lastDerived: { catalog: Catalog; profile: PersonProfile; derived: Derived } | undefined;

function derive(catalog: Catalog, profile: PersonProfile): Derived {
  if (lastDerived?.profile === profile && lastDerived.catalog === catalog) return lastDerived.derived;
  const c = compileCatalog(catalog);
  const index = c.workProcessIndex;
  const size = catalog.workProcesses.length;
  const shownBits = new Uint8Array(size);
  const masteredBits = new Uint8Array(size);
  const outsideBits = new Uint8Array(size);
  // The date of the latest counting judgement per werkproces; whether it says beheerst is `masteredBits`.
  const latest: (string | undefined)[] = [];
  // A corrected record no longer counts, its correction does; of the judgements only those signed and
  // co-signed count (a draft or one awaiting the leidinggevende says nothing yet).
  const records = currentRecords(profile.evidence);
  const positions =
    lastParsed?.evidence === records &&
    lastParsed.catalog === catalog &&
    lastParsed.positions.length === records.length
      ? lastParsed.positions
      : undefined;
  for (let k = 0; k < records.length; k++) {
    const e = records[k]!;
    const i = positions ? positions[k] : index.get(e.workProcessId);
    if (i === undefined) continue;
    if (e.result === "PASSED") shownBits[i] = 1;
    if (e.kind !== "PRACTICE_ASSESSMENT" || e.signing !== "CO_SIGNED") continue;
    // Only a recognised leerbedrijf's judgement counts; one elsewhere never overrides it.
    if (!e.inRecognisedCompany) {
      if (e.result === "MASTERED") outsideBits[i] = 1;
      continue;
    }
    const prev = latest[i];
    if (prev === undefined || prev <= e.date) {
      latest[i] = e.date;
      masteredBits[i] = e.result === "MASTERED" ? 1 : 0;
    }
  }
  for (const cred of profile.credentials) {
    const indices =
      cred.kind === "DIPLOMA"
        ? c.qualificationWorkProcesses.get(cred.ref)
        : cred.kind === "CERTIFICATE"
          ? c.certificateWorkProcesses.get(cred.ref)
          : undefined;
    if (indices) for (const i of indices) if (i >= 0) shownBits[i] = 1;
  }
  const unrecognisedBits = outsideBits;
  for (let i = 0; i < size; i++) if (masteredBits[i]) unrecognisedBits[i] = 0;
  const derived: Derived = { shownBits, masteredBits, unrecognisedBits };
  lastDerived = { catalog, profile, derived };
  return derived;
}

/** The werkprocessen whose bit is set, as a set of ids. */
function workProcessSet(catalog: Catalog, bits: Uint8Array): ReadonlySet<string> {
  const set = new Set<string>();
  for (let i = 0; i < bits.length; i++) if (bits[i]) set.add(catalog.workProcesses[i]!.id);
  return set;
}

/**
 * Werkprocessen a person has shown: formal passes, exemptions, EVC, and those of the diplomas and
 * certificates held (a diploma sharing the basisdeel exempts it). Plan and eligibility both use this.
 */
export function shownWorkProcesses(catalog: Catalog, profile: PersonProfile): ReadonlySet<string> {
  const derived = derive(catalog, profile);
  return (derived.shown ??= workProcessSet(catalog, derived.shownBits));
}

/** `shownWorkProcesses` as a bit per werkproces of the catalog (`workProcessIndex`); read it, do not change it. */
export function shownWorkProcessBits(catalog: Catalog, profile: PersonProfile): Uint8Array {
  return derive(catalog, profile).shownBits;
}

/**
 * Werkprocessen a praktijkopleider judged beheerst, signed and co-signed, in a recognised leerbedrijf:
 * exactly what a praktijkverklaring lists. The latest current co-signed judgement of a werkproces wins;
 * drafts, judgements not yet co-signed and corrected ones never count.
 */
export function judgedMastered(catalog: Catalog, profile: PersonProfile): ReadonlySet<string> {
  const derived = derive(catalog, profile);
  return (derived.mastered ??= workProcessSet(catalog, derived.masteredBits));
}

/** `judgedMastered` as a bit per werkproces of the catalog (`workProcessIndex`); read it, do not change it. */
export function judgedMasteredBits(catalog: Catalog, profile: PersonProfile): Uint8Array {
  return derive(catalog, profile).masteredBits;
}

/** Werkprocessen judged beheerst (signed and co-signed) only in a leerbedrijf without SBB recognition: they do not count. */
export function judgedOutsideRecognition(catalog: Catalog, profile: PersonProfile): ReadonlySet<string> {
  const derived = derive(catalog, profile);
  return (derived.unrecognised ??= workProcessSet(catalog, derived.unrecognisedBits));
}

export function holds(profile: PersonProfile, kind: HeldCatalogCredential["kind"], ref: string): boolean {
  return profile.credentials.some((c) => c.kind === kind && c.ref === ref);
}

const isBySchool = (provenance: Provenance | undefined, schoolId: string) =>
  provenance?.by === "school" && provenance.schoolId === schoolId;

/**
 * The part of a profile a school may issue on (WEB art. 7.4.5 and 7.4.6: the examencommissie of the
 * institution decides whether a learner earned a certificate or diploma): exam results its own
 * examencommissie established, exemptions it granted and credentials it issued itself. What the
 * employer declared, what another school established or issued, an EVC (a reason to ask for an
 * exemption, not a result) and records of unknown origin are left out. The praktijkopleider's
 * judgements stay: a praktijkverklaring states them.
 */
export function issuingBasis(profile: PersonProfile, schoolId: string): PersonProfile {
  return {
    ...profile,
    evidence: profile.evidence.filter(
      (e) =>
        e.kind === "PRACTICE_ASSESSMENT" ||
        ((e.kind === "FORMAL_EXAM" || e.kind === "EXEMPTION") && isBySchool(e.provenance, schoolId)),
    ),
    credentials: profile.credentials.filter(
      (c) => c.kind !== "OTHER_DIPLOMA" && isBySchool(c.provenance, schoolId),
    ),
  };
}

/** Whether a school (any school) issued the person this credential: what issuing it again would duplicate. */
export function holdsIssued(
  profile: PersonProfile,
  kind: HeldCatalogCredential["kind"],
  ref: string,
): boolean {
  return profile.credentials.some((c) => c.kind === kind && c.ref === ref && c.provenance?.by === "school");
}

/** The education levels a person's diplomas stand for: a catalog diploma counts as mbo at its niveau. */
export function educationLevels(catalog: Catalog, profile: PersonProfile): Set<EducationLevel> {
  const c = compileCatalog(catalog);
  const levels = new Set<EducationLevel>();
  for (const cred of profile.credentials) {
    if (cred.kind === "OTHER_DIPLOMA") levels.add(cred.educationLevel);
    else if (cred.kind === "DIPLOMA") {
      const niveau = c.qualification.get(cred.ref)?.niveau;
      if (niveau) levels.add(`mbo-${niveau}` as EducationLevel);
    }
  }
  return levels;
}

/** Enrolments that are an active route on `asOf`: a signed POK, started and not yet ended. */
export function activeEnrolments(profile: PersonProfile, asOf: string): Enrolment[] {
  return profile.enrolments.filter(
    (e) =>
      e.pokSignedOn !== null &&
      e.pokSignedOn <= asOf &&
      (e.startsOn === null || e.startsOn <= asOf) &&
      (e.endsOn === null || e.endsOn >= asOf),
  );
}

/**
 * Whether the person's registration in the Personenregister Kinderopvang with a linked VOG is in force
 * on `asOf`: recorded, and taking effect on or before that day (a registration without a date counts
 * from the day it was recorded, so it is in force).
 */
export const isRegisteredForChildcare = (profile: PersonProfile, asOf: string): boolean =>
  profile.vogRegistered && (profile.vogRegisteredOn === null || profile.vogRegisteredOn <= asOf);
