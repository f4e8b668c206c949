import {
  ADVICE_STATUSES,
  FUNNEL_COLUMNS,
  PATH_END_REASONS,
  CREDENTIAL_KINDS,
  EVIDENCE_RESULTS,
  EXEMPTION_GROUNDS,
  EXEMPTION_STATUSES,
  HELD_CREDENTIAL_KINDS,
  LEARNING_ROUTES,
  POK_PARTIES,
  POK_STATUSES,
} from "@ontwikkelpad/core";
import {
  BottleneckCategory,
  BottleneckStatus,
  ConsentPurpose,
  CredentialRequestStatus,
  DeliveryFormat,
  EvidenceKind,
  FundingStatus,
  LocationType,
  MailDelivery,
  PathStatus,
  PersonKind,
  RecognitionStatus,
  ReferralStatus,
  TrainingRequestStatus,
  VacancyStatus,
} from "@ontwikkelpad/db";
import { z } from "zod";

/**
 * The one spelling of each value from the database to the page: the database's enum constants. A value
 * core decides about (leerweg, credential kind, held credential kind, evidence result, POK status) is
 * core's list, which `enums.test.ts` holds equal to the database's enum; the others are the database's. Every procedure's schema takes its
 * enums from here, so a value added reaches every procedure at once, and nothing translates between
 * layers.
 */
export const learningRouteSchema = z.enum(LEARNING_ROUTES);
export const credentialKindSchema = z.enum(CREDENTIAL_KINDS);
export const heldCredentialKindSchema = z.enum(HELD_CREDENTIAL_KINDS);
export const personKindSchema = z.enum(PersonKind);
export const pathStatusSchema = z.enum(PathStatus);
/** Why a path ended: core's `PATH_END_REASONS`, the database's `PathEndReason`. */
export const pathEndReasonSchema = z.enum(PATH_END_REASONS);
export const locationTypeSchema = z.enum(LocationType);
export const recognitionStatusSchema = z.enum(RecognitionStatus);
export const evidenceKindSchema = z.enum(EvidenceKind);
export const evidenceResultSchema = z.enum(EVIDENCE_RESULTS);
export const deliveryFormatSchema = z.enum(DeliveryFormat);
export const fundingStatusSchema = z.enum(FundingStatus);
export const trainingRequestStatusSchema = z.enum(TrainingRequestStatus);
export const credentialRequestStatusSchema = z.enum(CredentialRequestStatus);
export const vacancyStatusSchema = z.enum(VacancyStatus);
export const referralStatusSchema = z.enum(ReferralStatus);
export const pokStatusSchema = z.enum(POK_STATUSES);
/** The parties that sign a POK: core's list (a signature is stored in a column per party). */
export const pokPartySchema = z.enum(POK_PARTIES);
export const exemptionGroundSchema = z.enum(EXEMPTION_GROUNDS);
export const exemptionStatusSchema = z.enum(EXEMPTION_STATUSES);
export const adviceStatusSchema = z.enum(ADVICE_STATUSES);
export const consentPurposeSchema = z.enum(ConsentPurpose);
export const bottleneckCategorySchema = z.enum(BottleneckCategory);
export const bottleneckStatusSchema = z.enum(BottleneckStatus);
/** How a user gets mail of one notification kind: at once, in the daily digest, or not at all. */
export const mailDeliverySchema = z.enum(MailDelivery);

/** The region funnel's columns: core's `FUNNEL_COLUMNS`, the stages reached and then the outcomes. */
export const funnelColumnSchema = z.enum(FUNNEL_COLUMNS);
export type FunnelColumn = z.infer<typeof funnelColumnSchema>;
/** How the region funnel is grouped into rows. */
export const funnelGroupingSchema = z.enum(["month", "partner", "employer"]);
export type FunnelGrouping = z.infer<typeof funnelGroupingSchema>;
/**
 * Who stands behind a credential a person holds: a school issued it on the platform (verified), HR
 * uploaded the verifiable credential a school issued (verified on upload, here or on another deployment
 * on the trust list), or the employer's HR typed it in (a declaration, unverified: it counts for
 * staffing, never for issuing).
 */
export const recordProvenanceSchema = z.enum([
  "ISSUED_BY_SCHOOL",
  "UPLOADED_VERIFIED",
  "DECLARED_BY_EMPLOYER",
]);
export type RecordProvenance = z.infer<typeof recordProvenanceSchema>;

/** Why core bars a person from a function whatever route they take (e.g. not in the Personenregister); core's spelling. */
export { workRefusalCodeSchema, type WorkRefusalCode } from "@ontwikkelpad/core";

/** The wire's value types, for the portals' label tables (`@ontwikkelpad/ui` labels.ts). */
export type {
  CredentialKind,
  EvidenceResult,
  PathEndReason,
  HeldCredentialKind,
  LearningRoute,
  PokParty,
  PokStatus,
} from "@ontwikkelpad/core";
export type {
  BottleneckCategory,
  BottleneckStatus,
  ConsentPurpose,
  CredentialRequestStatus,
  DeliveryFormat,
  EvidenceKind,
  FundingStatus,
  LocationType,
  PathStatus,
  PersonKind,
  RecognitionStatus,
  ReferralStatus,
  TrainingRequestStatus,
  VacancyStatus,
} from "@ontwikkelpad/db";
