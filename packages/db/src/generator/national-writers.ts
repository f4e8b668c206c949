/** The tables the national dataset writes, each a bulk writer in the order of its foreign keys. */
import type { SqlRunner } from "../database.ts";
import { BulkInsert } from "./bulk.ts";

export type NationalWriters = ReturnType<typeof createWriters>;

/** The writers of every table; `all` lists them parents-first, the order they must be flushed in. */
export function createWriters(sql: SqlRunner) {
  // Writers are created parents-first; each may refer to any table created before it.
  const writers: BulkInsert[] = [];
  const writer = (table: string, columns: string[]) => {
    const bulk = new BulkInsert(sql, table, columns, [...writers]);
    writers.push(bulk);
    return bulk;
  };

  const organizations = writer("Organization", [
    "id",
    "kind",
    "name",
    "regionCode",
    "registryNumber",
    "city",
  ]);
  const regionMemberships = writer("RegionMembership", ["id", "organizationId", "regionOrganizationId"]);
  const users = writer("User", ["id", "email", "passwordHash", "displayName"]);
  const memberships = writer("Membership", ["id", "userId", "organizationId", "role"]);
  const locations = writer("Location", ["id", "employerOrganizationId", "name", "type", "lrkNumber", "city"]);
  const groups = writer("LocationGroup", [
    "id",
    "locationId",
    "employerOrganizationId",
    "name",
    "minAgeMonths",
    "maxAgeMonths",
    "maxChildren",
  ]);
  const recognitions = writer("SbbRecognition", [
    "id",
    "employerOrganizationId",
    "crebo",
    "learningRoute",
    "status",
    "recognisedFrom",
    "reviewDue",
  ]);
  const offers = writer("TrainingOffer", [
    "id",
    "schoolOrganizationId",
    "title",
    "credentialId",
    "crebo",
    "learningRoute",
    "format",
    "durationWeeks",
    "hoursPerWeek",
    "publishedAt",
  ]);
  const offerStarts = writer("TrainingOfferStart", ["id", "trainingOfferId", "startsOn", "capacity"]);
  const persons = writer("Person", [
    "id",
    "kind",
    "givenName",
    "familyName",
    "employerOrganizationId",
    "registeredByOrganizationId",
    "createdAt",
  ]);
  const employments = writer("Employment", [
    "id",
    "personId",
    "employerOrganizationId",
    "locationId",
    "functionId",
    "hoursPerWeek",
    "contractStart",
    "contractEnd",
    "isFormativelyDeployed",
  ]);
  const paths = writer("DevelopmentPath", [
    "id",
    "personId",
    "employerOrganizationId",
    "workplaceTrainerUserId",
    "currentStep",
    "status",
    "goalFunctionId",
    "goalCredentialId",
    "learningRoute",
    "startedAt",
    "nextReviewAt",
    "createdAt",
    "endReason",
    "endedAt",
  ]);
  const stepRecords = writer("PathStepRecord", [
    "id",
    "developmentPathId",
    "step",
    "completedAt",
    "completedByUserId",
  ]);
  const evidence = writer("Evidence", [
    "id",
    "personId",
    "developmentPathId",
    "employerOrganizationId",
    "workProcessId",
    "kind",
    "result",
    "assessorUserId",
    "recordedByUserId",
    "assessedOn",
    "signedAt",
    "signedByUserId",
    "schoolOrganizationId",
    "note",
  ]);
  const credentials = writer("IssuedCredential", [
    "id",
    "personId",
    "kind",
    "credentialId",
    "workProcessIds",
    "schoolOrganizationId",
    "employerOrganizationId",
    "issuedOn",
  ]);
  const requests = writer("TrainingRequest", [
    "id",
    "employerOrganizationId",
    "schoolOrganizationId",
    "personId",
    "developmentPathId",
    "trainingOfferId",
    "credentialId",
    "learningRoute",
    "status",
  ]);
  const enrolments = writer("Enrolment", [
    "id",
    "schoolOrganizationId",
    "employerOrganizationId",
    "personId",
    "trainingOfferId",
    "credentialId",
    "learningRoute",
    "locationId",
    "workplaceTrainerUserId",
    "pokStartDate",
    "pokEndDate",
    "pokHoursPerWeek",
  ]);
  const vacancies = writer("Vacancy", [
    "id",
    "employerOrganizationId",
    "locationId",
    "functionId",
    "title",
    "hoursPerWeek",
    "status",
    "publishedAt",
  ]);
  const referrals = writer("Referral", [
    "id",
    "regionOrganizationId",
    "employerOrganizationId",
    "partnerOrganizationId",
    "personId",
    "vacancyId",
    "status",
    "reason",
    "createdAt",
  ]);
  const consents = writer("ConsentRecord", ["id", "personId", "organizationId", "purpose", "givenAt"]);
  const registrations = writer("CandidateRegistration", [
    "id",
    "personId",
    "regionOrganizationId",
    "partnerOrganizationId",
    "intakeCompletedAt",
    "hoursPerWeek",
    "city",
    "createdAt",
  ]);
  const funding = writer("FundingApplication", [
    "id",
    "employerOrganizationId",
    "personId",
    "developmentPathId",
    "instrumentId",
    "status",
    "amountRequestedCents",
  ]);
  const heldCredentials = writer("HeldCredential", [
    "id",
    "personId",
    "employerOrganizationId",
    "kind",
    "credentialId",
    "title",
    "educationLevel",
    "diplomaGroup",
    "issuedOn",
    "institution",
    "recordedByUserId",
    "createdAt",
  ]);
  const examResults = writer("ExamResult", [
    "id",
    "schoolOrganizationId",
    "personId",
    "enrolmentId",
    "credentialId",
    "workProcessIds",
    "generiekDeelPart",
    "title",
    "status",
    "outcome",
    "assessedOn",
    "evidenceIds",
    "createdAt",
  ]);
  const examResultEvents = writer("ExamResultEvent", [
    "id",
    "examResultId",
    "fromStatus",
    "toStatus",
    "actorUserId",
    "occurredAt",
  ]);

  return {
    all: writers,
    organizations,
    regionMemberships,
    users,
    memberships,
    locations,
    groups,
    recognitions,
    offers,
    offerStarts,
    persons,
    employments,
    paths,
    stepRecords,
    evidence,
    credentials,
    requests,
    enrolments,
    vacancies,
    referrals,
    consents,
    registrations,
    funding,
    heldCredentials,
    examResults,
    examResultEvents,
  };
}
