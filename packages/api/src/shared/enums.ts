import type { LearningRoute as CoreLearningRoute } from "@ontwikkelpad/core";
import {
  ConsentPurpose,
  CredentialKind,
  CredentialRequestStatus,
  DeliveryFormat,
  EvidenceKind,
  EvidenceResult,
  FundingStatus,
  LearningRoute,
  LocationType,
  PathStatus,
  PersonKind,
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
export const consentPurposeSchema = z.enum(ConsentPurpose);

/** Core's catalog spells leerwegen in lower case; this is the only place the two spellings meet. */
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
