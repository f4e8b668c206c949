// Catalog model and data
export * from "./catalog/schema.ts";
export { childcareCatalog } from "./catalog/childcare/index.ts";
export * from "./catalog/programme-schema.ts";
export { programmeCatalog } from "./catalog/programmes/index.ts";
export { SECTOR_CATALOGS } from "./catalog/sectors.ts";
export { compileCatalog, type CompiledCatalog } from "./catalog/compiled.ts";
export * from "./catalog/lookup.ts";

// Rules
export {
  personProfileSchema,
  evidenceSchema,
  heldCredentialSchema,
  catalogCredentialSchema,
  otherDiplomaSchema,
  enrolmentSchema,
  evidenceKindSchema,
  evidenceResultSchema,
  EVIDENCE_KINDS,
  EVIDENCE_RESULTS,
  HELD_CREDENTIAL_KINDS,
  isRating,
  type EvidenceResult,
  type HeldCredentialKind,
  provenanceSchema,
  parseProfile,
  type Provenance,
  type PersonProfile,
  type PersonProfileInput,
  type Evidence,
  type HeldCredential,
  type HeldCatalogCredential,
  type OtherDiploma,
  type Enrolment,
} from "./rules/profile.ts";
export {
  evaluateRequirement,
  describeMissing,
  worksWithInfants,
  type EvaluationContext,
  type MissingItem,
  type RequirementResult,
  type Workplace,
} from "./rules/requirements.ts";
export {
  workRequirement,
  workRefusalCodeSchema,
  type WorkRefusal,
  type WorkRefusalCode,
} from "./rules/work-requirement.ts";
export {
  assessFunction,
  assessStartingPoint,
  findWorkRefusal,
  type FunctionAssessment,
  type StartingPointOptions,
} from "./rules/starting-point.ts";
export {
  planDevelopmentPath,
  goalSchema,
  type Goal,
  type DevelopmentPlan,
  type PlanRoute,
  type PlanStep,
  type PlanOptions,
  type Precondition,
  type EmployerFacts,
  preconditionMet,
  routeCredentials,
  type RouteCredential,
} from "./rules/plan.ts";
export {
  evaluateCredentialEligibility,
  evaluateIssuingEligibility,
  type CredentialEligibility,
} from "./rules/eligibility.ts";
export {
  checkFundingEligibility,
  describeFundingCondition,
  fundingContextSchema,
  type FundingContext,
  type FundingOption,
  type UnmetCondition,
} from "./rules/funding.ts";
export * from "./rules/path-steps.ts";
export * from "./rules/path-outcome.ts";
export * from "./rules/path-handover.ts";
export * from "./rules/school.ts";
export * from "./rules/pok.ts";
export * from "./rules/subsidy-evidence.ts";
export * from "./rules/pok-replacement.ts";
export * from "./rules/exam-results.ts";
export {
  requiredQualifiedStaff,
  assessStaffing,
  groupInputFromAges,
  type GroupInput,
  type StaffingResult,
  type StaffMember,
  type StaffingOptions,
} from "./rules/staff-ratio.ts";
export * from "./rules/cell-key.ts";
export * from "./rules/reporting-period.ts";
export * from "./rules/matching.ts";
export * from "./rules/learning-team.ts";
export * from "./errors.ts";
export {
  isoDateSchema,
  assertAsOf,
  formatDutchDate,
  lastsAtLeastMonths,
  EARLIEST_YEAR,
  LATEST_YEAR,
} from "./dates.ts";
export { PERSONAS, type Persona } from "./personas.ts";
export * from "./permissions.ts";
export * from "./rules/skill-gaps.ts";
export * from "./rules/alignment.ts";
export * from "./rules/iso-week.ts";
export * from "./rules/issuing.ts";
export * from "./rules/open-badge-achievement.ts";
export * from "./rules/review-notice.ts";
export * from "./rules/consent.ts";
export * from "./rules/supersession.ts";
export * from "./rules/aims.ts";
export * from "./rules/funnel.ts";
export * from "./rules/language.ts";
export * from "./rules/projection.ts";
export * from "./rules/exemptions.ts";
export * from "./rules/advice-note.ts";
export * from "./report-text.ts";
export * from "./notification-kinds.ts";
export * from "./csv.ts";
export * from "./rules/waiting-work.ts";
export { keepsAnAdmin, type MemberRoles } from "./rules/colleagues.ts";
