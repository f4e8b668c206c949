// Catalog model and data
export * from "./catalog/schema.ts";
export { childcareCatalog } from "./catalog/childcare/index.ts";
export { compileCatalog, type CompiledCatalog } from "./catalog/compiled.ts";
export * from "./catalog/lookup.ts";

// Rules
export {
  personProfileSchema,
  evidenceSchema,
  heldCredentialSchema,
  evidenceKindSchema,
  evidenceResultSchema,
  parseProfile,
  type PersonProfile,
  type PersonProfileInput,
  type Evidence,
  type HeldCredential,
} from "./rules/profile.ts";
export {
  evaluateRequirement,
  describeMissing,
  type MissingItem,
  type RequirementResult,
} from "./rules/requirements.ts";
export { assessStartingPoint, type FunctionAssessment } from "./rules/starting-point.ts";
export {
  planDevelopmentPath,
  goalSchema,
  type Goal,
  type DevelopmentPlan,
  type PlanRoute,
  type PlanStep,
  type Precondition,
  type EmployerFacts,
  preconditionMet,
} from "./rules/plan.ts";
export { evaluateCredentialEligibility, type CredentialEligibility } from "./rules/eligibility.ts";
export {
  checkFundingEligibility,
  describeFundingCondition,
  fundingContextSchema,
  type FundingContext,
  type FundingOption,
  type UnmetCondition,
} from "./rules/funding.ts";
export * from "./rules/path-steps.ts";
export {
  requiredQualifiedStaff,
  assessStaffing,
  groupInputFromAges,
  type GroupInput,
  type StaffingResult,
} from "./rules/staff-ratio.ts";
export * from "./rules/small-numbers.ts";
export * from "./rules/matching.ts";
export * from "./errors.ts";
export { PERSONAS, type Persona } from "./personas.ts";
