import type {
  CredentialKind as CoreCredentialKind,
  LearningRoute as CoreLearningRoute,
} from "@ontwikkelpad/core";
import {
  BottleneckCategory,
  BottleneckStatus,
  ConsentPurpose,
  CredentialKind,
  CredentialRequestStatus,
  DeliveryFormat,
  EvidenceKind,
  EvidenceResult,
  FundingStatus,
  HeldCredentialKind,
  LearningRoute,
  LocationType,
  PathStatus,
  PersonKind,
  PokStatus,
  RecognitionStatus,
  ReferralStatus,
  TrainingRequestStatus,
  VacancyStatus,
} from "@ontwikkelpad/db";
import { z } from "zod";

/**
 * The one spelling of each value on the wire: the database's enum constants. Every procedure's schema
 * takes its enums from here, so a value added to the schema reaches every procedure at once.
 */
export const learningRouteSchema = z.enum(LearningRoute);
export const credentialKindSchema = z.enum(CredentialKind);
export const heldCredentialKindSchema = z.enum(HeldCredentialKind);
export const personKindSchema = z.enum(PersonKind);
export const pathStatusSchema = z.enum(PathStatus);
export const locationTypeSchema = z.enum(LocationType);
export const recognitionStatusSchema = z.enum(RecognitionStatus);
export const evidenceKindSchema = z.enum(EvidenceKind);
export const evidenceResultSchema = z.enum(EvidenceResult);
export const deliveryFormatSchema = z.enum(DeliveryFormat);
export const fundingStatusSchema = z.enum(FundingStatus);
export const trainingRequestStatusSchema = z.enum(TrainingRequestStatus);
export const credentialRequestStatusSchema = z.enum(CredentialRequestStatus);
export const vacancyStatusSchema = z.enum(VacancyStatus);
export const referralStatusSchema = z.enum(ReferralStatus);
export const pokStatusSchema = z.enum(PokStatus);
export const consentPurposeSchema = z.enum(ConsentPurpose);
export const bottleneckCategorySchema = z.enum(BottleneckCategory);
export const bottleneckStatusSchema = z.enum(BottleneckStatus);

/** The region funnel's stages, furthest last (aangemeld … diploma, then uitgevallen). */
export const FUNNEL_STAGES = [
  "REGISTERED",
  // The stage after the intake, not a role.
  "INTAKE",
  "REFERRED",
  "STARTED",
  "PRAKTIJKVERKLARING",
  "CERTIFICATE",
  "DIPLOMA",
  "DROPPED_OUT",
] as const;
export const funnelStageSchema = z.enum(FUNNEL_STAGES);
export type FunnelStage = z.infer<typeof funnelStageSchema>;
/** How the region funnel is grouped into rows. */
export const funnelGroupingSchema = z.enum(["month", "partner", "employer"]);
export type FunnelGrouping = z.infer<typeof funnelGroupingSchema>;
/**
 * Who stands behind a credential a person holds: a school issued it on the platform (verified), or
 * the employer's HR typed it in (a declaration, unverified: it counts for staffing, never for issuing).
 */
export const recordProvenanceSchema = z.enum(["ISSUED_BY_SCHOOL", "DECLARED_BY_EMPLOYER"]);
export type RecordProvenance = z.infer<typeof recordProvenanceSchema>;

/** Why core bars a person from a function whatever route they take (e.g. not in the Personenregister); core's spelling. */
export { workRefusalCodeSchema, type WorkRefusalCode } from "@ontwikkelpad/core";

/** The wire's value types, for the portals' label tables (`@ontwikkelpad/ui` labels.ts). */
export type {
  BottleneckCategory,
  BottleneckStatus,
  ConsentPurpose,
  CredentialKind,
  CredentialRequestStatus,
  DeliveryFormat,
  EvidenceKind,
  EvidenceResult,
  FundingStatus,
  HeldCredentialKind,
  LearningRoute,
  LocationType,
  PathStatus,
  PersonKind,
  PokStatus,
  RecognitionStatus,
  ReferralStatus,
  TrainingRequestStatus,
  VacancyStatus,
} from "@ontwikkelpad/db";

/** Core's catalog spells leerwegen and credential kinds in lower case; this is the only place the spellings meet. */
const TO_CORE: Record<LearningRoute, CoreLearningRoute> = {
  BOL: "bol",
  BBL: "bbl",
  DERDE_LEERWEG: "derde-leerweg",
};
const FROM_CORE = Object.fromEntries(Object.entries(TO_CORE).map(([wire, core]) => [core, wire])) as Record<
  CoreLearningRoute,
  LearningRoute
>;

export const toCoreLearningRoute = (route: LearningRoute): CoreLearningRoute => TO_CORE[route];
export const fromCoreLearningRoute = (route: CoreLearningRoute): LearningRoute => FROM_CORE[route];

const KIND_TO_CORE: Record<CredentialKind, CoreCredentialKind> = {
  DIPLOMA: "diploma",
  CERTIFICATE: "certificate",
  PRAKTIJKVERKLARING: "praktijkverklaring",
};
const KIND_FROM_CORE = Object.fromEntries(
  Object.entries(KIND_TO_CORE).map(([wire, core]) => [core, wire]),
) as Record<CoreCredentialKind, CredentialKind>;

export const toCoreCredentialKind = (kind: CredentialKind): CoreCredentialKind => KIND_TO_CORE[kind];
export const fromCoreCredentialKind = (kind: CoreCredentialKind): CredentialKind => KIND_FROM_CORE[kind];
