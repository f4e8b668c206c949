// Long because: every kind of catalog fact and its zod schema side by side, so a catalog is checked in one place.
import { z } from "zod";
import { isoDateSchema } from "../dates.ts";

/** How sure we are of a catalog fact; unconfirmed and inferred facts stay editable data. */
export const confidenceSchema = z.enum(["confirmed", "inferred", "unconfirmed"]);
export type Confidence = z.infer<typeof confidenceSchema>;

const provenance = {
  source: z.string().min(1),
  confidence: confidenceSchema,
};

/**
 * The leerwegen, spelled as the database, the wire and every portal spell them: one spelling from the
 * stored row to the page (a test in the api checks the database's enum has exactly these values).
 */
export const LEARNING_ROUTES = ["BBL", "DERDE_LEERWEG", "BOL"] as const;
export const learningRouteSchema = z.enum(LEARNING_ROUTES);
export type LearningRoute = z.infer<typeof learningRouteSchema>;
/** How a Dutch sentence names a leerweg ("… via BBL of derde leerweg"). */
export const LEARNING_ROUTE_WORDS: Readonly<Record<LearningRoute, string>> = {
  BBL: "BBL",
  DERDE_LEERWEG: "derde leerweg",
  BOL: "BOL",
};

/** Highest education a diploma stands for; catalog diplomas count as `mbo-<niveau>`. */
export const educationLevelSchema = z.enum([
  "vmbo",
  "mbo-1",
  "mbo-2",
  "mbo-3",
  "mbo-4",
  "havo",
  "vwo",
  "hbo",
  "wo",
  "buitenlands",
]);
export type EducationLevel = z.infer<typeof educationLevelSchema>;

export const languageLevelSchema = z.enum(["1F", "2F", "3F", "4F"]);
export type LanguageLevel = z.infer<typeof languageLevelSchema>;

export const workProcessSchema = z.object({
  id: z.string().min(1),
  dossierVersionId: z.string().min(1),
  code: z.string().regex(/^[BP]\d+-K\d+-W\d+$/),
  coreTaskCode: z.string().regex(/^[BP]\d+-K\d+$/),
  title: z.string().min(1),
  ...provenance,
});
export type WorkProcess = z.infer<typeof workProcessSchema>;

export const coreTaskSchema = z.object({
  code: z.string().regex(/^[BP]\d+-K\d+$/),
  title: z.string().min(1),
});

export const dossierVersionSchema = z.object({
  id: z.string().min(1),
  dossierTitle: z.string().min(1),
  validForCohortsFrom: isoDateSchema,
  coreTasks: z.array(coreTaskSchema).min(1),
  ...provenance,
});
export type DossierVersion = z.infer<typeof dossierVersionSchema>;

/** The kinds of part a qualification's beroepsgerichte deel is made of (basisdeel + one profieldeel). */
export const QUALIFICATION_PART_KINDS = ["basisdeel", "profieldeel"] as const;

/**
 * One part of a qualification: its kerntaken, or none when the catalog does not hold its content yet.
 * A part without kerntaken is never complete, so a diploma that needs it is never eligible (fail closed).
 */
export const qualificationPartSchema = z.object({
  kind: z.enum(QUALIFICATION_PART_KINDS),
  title: z.string().min(1),
  coreTaskCodes: z.array(z.string().regex(/^[BP]\d+-K\d+$/)),
  ...provenance,
});
export type QualificationPart = z.infer<typeof qualificationPartSchema>;

export const qualificationSchema = z.object({
  id: z.string().min(1),
  crebo: z.string().nullable(),
  title: z.string().min(1),
  niveau: z.number().int().min(1).max(4),
  dossierVersionId: z.string().min(1),
  /** The basisdeel and the profieldeel a diploma needs, each with its own source and confidence. */
  parts: z.array(qualificationPartSchema).min(1),
  /** Basisdeel + profieldeel werkprocessen a diploma needs: those of the kerntaken of `parts`. */
  workProcessIds: z.array(z.string()),
  generiekDeel: z.array(z.string()),
  /** Typical duration of the full programme, per learning route, in months. */
  durationMonths: z.partialRecord(learningRouteSchema, z.number().positive()),
  /** Months that remain however many listed werkprocessen are covered (e.g. a kopdeel after the basis). */
  minimumMonths: z.number().positive().optional(),
  ...provenance,
});
export type Qualification = z.infer<typeof qualificationSchema>;

export const certificateSchema = z.object({
  id: z.string().min(1),
  code: z.string().nullable(),
  title: z.string().min(1),
  niveau: z.number().int().min(1).max(4),
  qualificationId: z.string().min(1),
  workProcessIds: z.array(z.string()).min(1),
  durationMonths: z.number().positive(),
  ...provenance,
});
export type Certificate = z.infer<typeof certificateSchema>;

export const praktijkverklaringTemplateSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  qualificationId: z.string().min(1),
  niveau: z.number().int().min(1).max(4),
  recommendedWorkProcessIds: z.array(z.string()).min(1),
  durationMonths: z.number().positive(),
  ...provenance,
});
export type PraktijkverklaringTemplate = z.infer<typeof praktijkverklaringTemplateSchema>;

/** A function requirement is a composable expression, so "diploma X + certificate Y + 3F" is data. */
export type Requirement =
  | { kind: "allOf"; of: Requirement[]; label?: string }
  | { kind: "anyOf"; of: Requirement[]; label?: string }
  /** A catalog diploma, or another diploma recorded with one of the cao diplomagroepen given. */
  | { kind: "diploma"; qualificationIds: string[]; diplomaGroups?: string[]; label: string }
  | { kind: "certificate"; certificateId: string }
  | {
      kind: "diplomaWithProof";
      qualificationIds: string[];
      diplomaGroups?: string[];
      proofCertificateIds: string[];
      label: string;
    }
  /** The level itself, or one of the catalog's `languageProofs` for that skill and level. */
  | { kind: "language"; skill: "mondeling"; level: LanguageLevel }
  /** Needed only where the person works with 0-year-olds (the workplace decides). */
  | { kind: "babyscholing" }
  /**
   * Registration in the Personenregister Kinderopvang with a linked VOG, in force on the date asked.
   * Core adds it to every function that works with children (`worksWithChildren`); a catalog does not
   * list it in a function's expression.
   */
  | { kind: "vogRegistration" }
  /** An enrolment in one of these leerwegen towards one of these qualifications, with a signed POK, running on the date asked. */
  | { kind: "activeEnrolment"; learningRoutes: LearningRoute[]; qualificationIds: string[]; label: string }
  /** A diploma (catalog or other) at one of these education levels. */
  | { kind: "priorEducation"; levels: EducationLevel[]; label: string }
  | { kind: "experience"; minYears: number }
  /** An ontwikkelplan agreed with the employer for this person. */
  | { kind: "ontwikkelplan" }
  | { kind: "none" };

export const requirementSchema: z.ZodType<Requirement> = z.lazy(() =>
  z.discriminatedUnion("kind", [
    z.object({
      kind: z.literal("allOf"),
      of: z.array(requirementSchema).min(1),
      label: z.string().optional(),
    }),
    z.object({
      kind: z.literal("anyOf"),
      of: z.array(requirementSchema).min(1),
      label: z.string().optional(),
    }),
    z.object({
      kind: z.literal("diploma"),
      qualificationIds: z.array(z.string()).min(1),
      diplomaGroups: z.array(z.string()).optional(),
      label: z.string(),
    }),
    z.object({ kind: z.literal("certificate"), certificateId: z.string() }),
    z.object({
      kind: z.literal("diplomaWithProof"),
      qualificationIds: z.array(z.string()).min(1),
      diplomaGroups: z.array(z.string()).optional(),
      proofCertificateIds: z.array(z.string()).min(1),
      label: z.string(),
    }),
    z.object({
      kind: z.literal("activeEnrolment"),
      learningRoutes: z.array(learningRouteSchema).min(1),
      qualificationIds: z.array(z.string()).min(1),
      label: z.string(),
    }),
    z.object({
      kind: z.literal("priorEducation"),
      levels: z.array(educationLevelSchema).min(1),
      label: z.string(),
    }),
    z.object({ kind: z.literal("experience"), minYears: z.number().positive() }),
    z.object({ kind: z.literal("ontwikkelplan") }),
    z.object({
      kind: z.literal("language"),
      skill: z.literal("mondeling"),
      level: languageLevelSchema,
    }),
    z.object({ kind: z.literal("babyscholing") }),
    z.object({ kind: z.literal("vogRegistration") }),
    z.object({ kind: z.literal("none") }),
  ]),
);

export const jobFunctionSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** Whether the function counts as a qualified beroepskracht in the staff–child ratio. */
  countsInRatio: z.enum(["qualified", "learner", "no"]),
  /** What the person needs besides the registration core adds when the function works with children. */
  requirement: requirementSchema,
  /**
   * Whether the function works with children: then nobody may fill it before registration in the
   * Personenregister Kinderopvang with a linked VOG. A catalog fact with its own source and confidence.
   */
  worksWithChildren: z.object({ value: z.boolean(), ...provenance }),
  /** Catalog diplomas people often expect to qualify but that do not (the answer says so). */
  nonQualifyingQualificationIds: z.array(z.string()).optional(),
  /**
   * The function's place on a development path, when it has one: `entry` is where a side-entrant starts
   * without a diploma, `goal` is the goal a new path proposes. A catalog has at most one of each.
   */
  pathRole: z.enum(["entry", "goal"]).optional(),
  ...provenance,
});
export type JobFunction = z.infer<typeof jobFunctionSchema>;

/**
 * A diploma a taaleis accepts as proof of a level (e.g. the cao's Taaleis annex): one at any of these
 * education levels (a catalog diploma counts as mbo at its niveau). A recognised language test is
 * recorded as the level it showed (B2 counts as 3F, see `mondelingLevel`), which the rule reads directly.
 */
export const languageProofSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  skill: z.literal("mondeling"),
  /** The taaleis level this proof meets. */
  level: languageLevelSchema,
  educationLevels: z.array(educationLevelSchema).min(1),
  ...provenance,
});
export type LanguageProof = z.infer<typeof languageProofSchema>;

export const diplomaGroupSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  ...provenance,
});
export type DiplomaGroup = z.infer<typeof diplomaGroupSchema>;

export const fundingConditionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("maxPerOrganizationPerYear"), max: z.number().int().positive() }),
  z.object({ kind: z.literal("oncePerPerson") }),
  z.object({ kind: z.literal("minContractMonths"), months: z.number().int().positive() }),
  z.object({ kind: z.literal("contractStartsFrom"), date: isoDateSchema }),
  z.object({ kind: z.literal("notDeployedFormatively") }),
  z.object({
    kind: z.literal("trainingStartedInWindow"),
    learningRoutes: z.array(learningRouteSchema).min(1),
    from: isoDateSchema,
    until: isoDateSchema,
  }),
  z.object({ kind: z.literal("grantedInstrument"), instrumentId: z.string() }),
  z.object({ kind: z.literal("recognisedTrainingCompany") }),
  /** A praktijkovereenkomst signed by the learner, the leerbedrijf and the school (WEB art. 7.2.8). */
  z.object({ kind: z.literal("signedPok") }),
  z.object({ kind: z.literal("excludedEmployerKinds"), kinds: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal("learningRoute"), learningRoutes: z.array(learningRouteSchema).min(1) }),
  /** Applications are accepted only within these periods (both days included). */
  z.object({
    kind: z.literal("applicationWindows"),
    windows: z.array(z.object({ from: isoDateSchema, until: isoDateSchema })).min(1),
  }),
]);
export type FundingCondition = z.infer<typeof fundingConditionSchema>;

export const fundingInstrumentSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  payer: z.string().min(1),
  maxAmountEuro: z.number().nonnegative().nullable(),
  /** Amount is pro rata to contract hours up to this many hours, when set. */
  proRataMaxHours: z.number().positive().optional(),
  validFrom: isoDateSchema.nullable(),
  validUntil: isoDateSchema.nullable(),
  /** The functions whose people the instrument is for, when it names them (a subsidy for one function). */
  functionIds: z.array(z.string()).optional(),
  conditions: z.array(fundingConditionSchema),
  ...provenance,
});
export type FundingInstrument = z.infer<typeof fundingInstrumentSchema>;

export const ratioRuleSchema = z.object({
  careType: z.enum(["dagopvang", "bso"]),
  ageBand: z.string().min(1),
  /** Pairs of [staff, maximum children]; beyond the last pair the ratio of the last pair continues. */
  steps: z.array(z.tuple([z.number().int().positive(), z.number().int().positive()])).min(1),
  ...provenance,
});
export type RatioRule = z.infer<typeof ratioRuleSchema>;

export const learnerCapSchema = z.object({
  /** Share of the required staffing that learners may fill. */
  normalShare: z.number().min(0).max(1),
  temporaryShare: z.number().min(0).max(1),
  temporaryUntil: isoDateSchema,
  ...provenance,
});

export const catalogSchema = z.object({
  sector: z.object({ id: z.string(), title: z.string() }),
  dossierVersions: z.array(dossierVersionSchema),
  workProcesses: z.array(workProcessSchema),
  qualifications: z.array(qualificationSchema),
  certificates: z.array(certificateSchema),
  praktijkverklaringTemplates: z.array(praktijkverklaringTemplateSchema),
  functions: z.array(jobFunctionSchema),
  /** The cao's diplomagroepen an "other diploma" can be recorded in. */
  diplomaGroups: z.array(diplomaGroupSchema),
  /** What meets a taaleis besides the level itself. */
  languageProofs: z.array(languageProofSchema),
  fundingInstruments: z.array(fundingInstrumentSchema),
  ratioRules: z.array(ratioRuleSchema),
  /** The share of the staffing learners may fill; null where the sector has no staff–child ratio. */
  learnerCap: learnerCapSchema.nullable(),
});
export type Catalog = z.infer<typeof catalogSchema>;

export interface CoreTaskGroup {
  dossierVersionId: string;
  /** The kwalificatiedossier's title: two dossiers can have a kerntaak with the same code. */
  dossierTitle: string;
  coreTaskCode: string;
  title: string;
  workProcesses: WorkProcess[];
}
