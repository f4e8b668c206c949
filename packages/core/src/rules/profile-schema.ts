/** The person profile the rules read, as zod schemas: evidence, held credentials, enrolments and the facts about the person. */
import { z } from "zod";
import { educationLevelSchema, languageLevelSchema, learningRouteSchema } from "../catalog/schema.ts";
import { isoDateSchema } from "../dates.ts";

export const evidenceKindSchema = z.enum(["praktijkbeoordeling", "exam", "evc", "exemption"]);
export const evidenceResultSchema = z.enum([
  "beheerst",
  "nog-niet",
  "niet-van-toepassing",
  "passed",
  "failed",
]);

/** The results a praktijkbeoordeling can have; every other kind of evidence has passed or failed. */
export const RATINGS = new Set(["beheerst", "nog-niet", "niet-van-toepassing"]);

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
    /** For an exam: the qualification (dossier) it was taken for. */
    qualificationId: z.string().optional(),
    provenance: provenanceSchema.optional(),
  })
  // A praktijkopleider rates (beheerst / nog niet / n.v.t.); exams, EVC and exemptions pass or fail.
  .refine((e) => (e.kind === "praktijkbeoordeling") === RATINGS.has(e.result), {
    message:
      "Een praktijkbeoordeling is beheerst, nog niet of niet van toepassing; een examen, EVC of vrijstelling is behaald of niet behaald.",
    path: ["result"],
  });
export type Evidence = z.infer<typeof evidenceSchema>;

/** A diploma, certificate or praktijkverklaring from the catalog. */
export const catalogCredentialSchema = z.object({
  kind: z.enum(["diploma", "certificate", "praktijkverklaring"]),
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
  kind: z.literal("otherDiploma"),
  title: z.string().min(1),
  educationLevel: educationLevelSchema,
  /** A diplomaGroups id of the catalog; null when the diploma is on no cao list. */
  diplomaGroup: z.string().nullable().default(null),
  issuedOn: isoDateSchema,
});
export type OtherDiploma = z.infer<typeof otherDiplomaSchema>;

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
