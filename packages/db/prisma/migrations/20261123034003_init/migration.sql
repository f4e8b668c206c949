-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('EMPLOYER', 'SCHOOL', 'REGION', 'PARTNER');

-- CreateEnum
CREATE TYPE "LocationType" AS ENUM ('KDV', 'BSO', 'PEUTEROPVANG', 'GASTOUDERBUREAU');

-- CreateEnum
CREATE TYPE "LearningRoute" AS ENUM ('BOL', 'BBL', 'DERDE_LEERWEG');

-- CreateEnum
CREATE TYPE "RecognitionStatus" AS ENUM ('ACTIVE', 'REQUESTED', 'EXPIRED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'WORKPLACE_TRAINER', 'MANAGER', 'TRAINING_ADVISOR', 'TEACHER', 'EXAMINER', 'COORDINATOR', 'WSP_ADVISOR', 'LWL_ADVISOR', 'INTAKE');

-- CreateEnum
CREATE TYPE "PersonKind" AS ENUM ('STAFF', 'CANDIDATE');

-- CreateEnum
CREATE TYPE "PathStatus" AS ENUM ('ACTIVE', 'COMPLETED', 'STOPPED');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('PRACTICE_ASSESSMENT', 'PRACTICE_OBSERVATION', 'FORMAL_EXAM', 'PRIOR_LEARNING');

-- CreateEnum
CREATE TYPE "EvidenceResult" AS ENUM ('NOT_YET', 'MASTERED', 'PASSED', 'FAILED');

-- CreateEnum
CREATE TYPE "CredentialKind" AS ENUM ('DIPLOMA', 'CERTIFICATE', 'PRAKTIJKVERKLARING');

-- CreateEnum
CREATE TYPE "DeliveryFormat" AS ENUM ('ON_SITE', 'HYBRID', 'ONLINE', 'AT_WORKPLACE');

-- CreateEnum
CREATE TYPE "TrainingRequestStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('ACTIVE', 'COMPLETED', 'STOPPED');

-- CreateEnum
CREATE TYPE "VacancyStatus" AS ENUM ('OPEN', 'FILLED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('PROPOSED', 'INTRODUCED', 'HIRED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "FundingStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'GRANTED', 'REJECTED', 'PAID');

-- CreateEnum
CREATE TYPE "ConsentPurpose" AS ENUM ('REGION_FOLLOW_UP', 'SHARE_WITH_EMPLOYER', 'SHARE_WITH_SCHOOL');

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "regionCode" TEXT,
    "registryNumber" TEXT,
    "city" TEXT,
    "website" TEXT,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegionMembership" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "regionOrganizationId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegionMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" TEXT NOT NULL,
    "employerOrganizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "LocationType" NOT NULL,
    "lrkNumber" TEXT NOT NULL,
    "street" TEXT,
    "postalCode" TEXT,
    "city" TEXT NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LocationGroup" (
    "id" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "employerOrganizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "minAgeMonths" INTEGER NOT NULL,
    "maxAgeMonths" INTEGER NOT NULL,
    "maxChildren" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LocationGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SbbRecognition" (
    "id" TEXT NOT NULL,
    "employerOrganizationId" TEXT NOT NULL,
    "locationId" TEXT,
    "crebo" TEXT NOT NULL,
    "learningRoute" "LearningRoute" NOT NULL,
    "status" "RecognitionStatus" NOT NULL,
    "recognisedFrom" DATE,
    "reviewDue" DATE,
    "endedAt" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SbbRecognition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "disabledAt" TIMESTAMPTZ(3),
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "activeOrganizationId" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ip" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "kind" "PersonKind" NOT NULL,
    "givenName" TEXT NOT NULL,
    "familyName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "employerOrganizationId" TEXT,
    "registeredByOrganizationId" TEXT,
    "profile" JSONB,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employment" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "employerOrganizationId" TEXT NOT NULL,
    "locationId" TEXT,
    "functionId" TEXT NOT NULL,
    "hoursPerWeek" DOUBLE PRECISION NOT NULL,
    "contractStart" DATE NOT NULL,
    "contractEnd" DATE,
    "isFormativelyDeployed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Employment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DevelopmentPath" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "employerOrganizationId" TEXT NOT NULL,
    "workplaceTrainerUserId" TEXT,
    "currentStep" INTEGER NOT NULL DEFAULT 1,
    "status" "PathStatus" NOT NULL DEFAULT 'ACTIVE',
    "careerPerspective" TEXT,
    "ambition" TEXT,
    "goalFunctionId" TEXT,
    "goalCredentialId" TEXT,
    "chosenRoute" TEXT,
    "learningRoute" "LearningRoute",
    "planSnapshot" JSONB,
    "planSnapshotAt" TIMESTAMPTZ(3),
    "learningHoursPerWeek" DOUBLE PRECISION,
    "trainerHoursPerWeek" DOUBLE PRECISION,
    "lastReviewedAt" TIMESTAMPTZ(3),
    "nextReviewAt" DATE,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DevelopmentPath_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PathStepRecord" (
    "id" TEXT NOT NULL,
    "developmentPathId" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "note" TEXT,
    "data" JSONB,
    "completedAt" TIMESTAMPTZ(3),
    "completedByUserId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PathStepRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "developmentPathId" TEXT,
    "employerOrganizationId" TEXT,
    "schoolOrganizationId" TEXT,
    "workProcessId" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "result" "EvidenceResult" NOT NULL,
    "note" TEXT,
    "assessorUserId" TEXT,
    "assessedOn" DATE NOT NULL,
    "recordedByUserId" TEXT,
    "signedAt" TIMESTAMPTZ(3),
    "signedByUserId" TEXT,
    "coSignedAt" TIMESTAMPTZ(3),
    "coSignedByUserId" TEXT,
    "supersedesId" TEXT,
    "correctionReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssuedCredential" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" "CredentialKind" NOT NULL,
    "credentialId" TEXT NOT NULL,
    "workProcessIds" TEXT[],
    "schoolOrganizationId" TEXT NOT NULL,
    "employerOrganizationId" TEXT,
    "issuedByUserId" TEXT,
    "issuedOn" DATE NOT NULL,
    "planSnapshot" JSONB,
    "supersededById" TEXT,
    "supersededReason" TEXT,
    "supersededAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IssuedCredential_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingOffer" (
    "id" TEXT NOT NULL,
    "schoolOrganizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "credentialId" TEXT NOT NULL,
    "crebo" TEXT,
    "learningRoute" "LearningRoute" NOT NULL,
    "format" "DeliveryFormat" NOT NULL,
    "durationWeeks" INTEGER NOT NULL,
    "hoursPerWeek" DOUBLE PRECISION,
    "priceCents" INTEGER,
    "seats" INTEGER,
    "startDate" DATE,
    "publishedAt" TIMESTAMPTZ(3),
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingRequest" (
    "id" TEXT NOT NULL,
    "employerOrganizationId" TEXT NOT NULL,
    "schoolOrganizationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "developmentPathId" TEXT,
    "trainingOfferId" TEXT,
    "credentialId" TEXT NOT NULL,
    "learningRoute" "LearningRoute" NOT NULL,
    "message" TEXT,
    "status" "TrainingRequestStatus" NOT NULL DEFAULT 'SUBMITTED',
    "responseNote" TEXT,
    "respondedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" TEXT NOT NULL,
    "schoolOrganizationId" TEXT NOT NULL,
    "employerOrganizationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "trainingOfferId" TEXT,
    "trainingRequestId" TEXT,
    "schoolClassId" TEXT,
    "credentialId" TEXT NOT NULL,
    "learningRoute" "LearningRoute" NOT NULL,
    "status" "EnrolmentStatus" NOT NULL DEFAULT 'ACTIVE',
    "locationId" TEXT,
    "workplaceTrainerUserId" TEXT,
    "teacherUserId" TEXT,
    "pokSignedOn" DATE,
    "pokStartDate" DATE,
    "pokEndDate" DATE,
    "pokHoursPerWeek" DOUBLE PRECISION,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolClass" (
    "id" TEXT NOT NULL,
    "schoolOrganizationId" TEXT NOT NULL,
    "regionOrganizationId" TEXT,
    "name" TEXT NOT NULL,
    "credentialId" TEXT NOT NULL,
    "cohortYear" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SchoolClass_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentorTeam" (
    "id" TEXT NOT NULL,
    "schoolClassId" TEXT NOT NULL,
    "schoolOrganizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MentorTeam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentorTeamMember" (
    "id" TEXT NOT NULL,
    "mentorTeamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MentorTeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkillGapSignal" (
    "id" TEXT NOT NULL,
    "mentorTeamId" TEXT NOT NULL,
    "workProcessId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SkillGapSignal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vacancy" (
    "id" TEXT NOT NULL,
    "employerOrganizationId" TEXT NOT NULL,
    "locationId" TEXT,
    "functionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "hoursPerWeek" DOUBLE PRECISION NOT NULL,
    "openings" INTEGER NOT NULL DEFAULT 1,
    "status" "VacancyStatus" NOT NULL DEFAULT 'OPEN',
    "publishedAt" TIMESTAMPTZ(3),
    "closesOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vacancy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" TEXT NOT NULL,
    "regionOrganizationId" TEXT NOT NULL,
    "employerOrganizationId" TEXT NOT NULL,
    "partnerOrganizationId" TEXT,
    "personId" TEXT NOT NULL,
    "vacancyId" TEXT,
    "status" "ReferralStatus" NOT NULL DEFAULT 'PROPOSED',
    "reason" TEXT,
    "createdByUserId" TEXT,
    "respondedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingApplication" (
    "id" TEXT NOT NULL,
    "employerOrganizationId" TEXT NOT NULL,
    "personId" TEXT,
    "developmentPathId" TEXT,
    "instrumentId" TEXT NOT NULL,
    "status" "FundingStatus" NOT NULL DEFAULT 'DRAFT',
    "amountRequestedCents" INTEGER,
    "amountGrantedCents" INTEGER,
    "externalReference" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FundingApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "purpose" "ConsentPurpose" NOT NULL,
    "givenAt" TIMESTAMPTZ(3) NOT NULL,
    "withdrawnAt" TIMESTAMPTZ(3),
    "recordedByUserId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorUserId" TEXT,
    "organizationId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "data" JSONB,
    "ip" TEXT,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_regionCode_key" ON "Organization"("regionCode");

-- CreateIndex
CREATE INDEX "Organization_kind_idx" ON "Organization"("kind");

-- CreateIndex
CREATE INDEX "RegionMembership_regionOrganizationId_idx" ON "RegionMembership"("regionOrganizationId");

-- CreateIndex
CREATE UNIQUE INDEX "RegionMembership_organizationId_regionOrganizationId_key" ON "RegionMembership"("organizationId", "regionOrganizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Location_lrkNumber_key" ON "Location"("lrkNumber");

-- CreateIndex
CREATE INDEX "Location_employerOrganizationId_idx" ON "Location"("employerOrganizationId");

-- CreateIndex
CREATE INDEX "LocationGroup_locationId_idx" ON "LocationGroup"("locationId");

-- CreateIndex
CREATE INDEX "LocationGroup_employerOrganizationId_idx" ON "LocationGroup"("employerOrganizationId");

-- CreateIndex
CREATE INDEX "SbbRecognition_employerOrganizationId_idx" ON "SbbRecognition"("employerOrganizationId");

-- CreateIndex
CREATE INDEX "SbbRecognition_locationId_idx" ON "SbbRecognition"("locationId");

-- CreateIndex
CREATE INDEX "SbbRecognition_crebo_idx" ON "SbbRecognition"("crebo");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_organizationId_idx" ON "Membership"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organizationId_role_key" ON "Membership"("userId", "organizationId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_activeOrganizationId_idx" ON "Session"("activeOrganizationId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "Person_employerOrganizationId_idx" ON "Person"("employerOrganizationId");

-- CreateIndex
CREATE INDEX "Person_registeredByOrganizationId_idx" ON "Person"("registeredByOrganizationId");

-- CreateIndex
CREATE INDEX "Person_familyName_givenName_idx" ON "Person"("familyName", "givenName");

-- CreateIndex
CREATE INDEX "Employment_personId_idx" ON "Employment"("personId");

-- CreateIndex
CREATE INDEX "Employment_employerOrganizationId_idx" ON "Employment"("employerOrganizationId");

-- CreateIndex
CREATE INDEX "Employment_locationId_idx" ON "Employment"("locationId");

-- CreateIndex
CREATE INDEX "DevelopmentPath_personId_idx" ON "DevelopmentPath"("personId");

-- CreateIndex
CREATE INDEX "DevelopmentPath_employerOrganizationId_status_idx" ON "DevelopmentPath"("employerOrganizationId", "status");

-- CreateIndex
CREATE INDEX "DevelopmentPath_workplaceTrainerUserId_idx" ON "DevelopmentPath"("workplaceTrainerUserId");

-- CreateIndex
CREATE INDEX "PathStepRecord_developmentPathId_step_idx" ON "PathStepRecord"("developmentPathId", "step");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_supersedesId_key" ON "Evidence"("supersedesId");

-- CreateIndex
CREATE INDEX "Evidence_personId_workProcessId_idx" ON "Evidence"("personId", "workProcessId");

-- CreateIndex
CREATE INDEX "Evidence_developmentPathId_idx" ON "Evidence"("developmentPathId");

-- CreateIndex
CREATE INDEX "Evidence_employerOrganizationId_idx" ON "Evidence"("employerOrganizationId");

-- CreateIndex
CREATE INDEX "Evidence_schoolOrganizationId_idx" ON "Evidence"("schoolOrganizationId");

-- CreateIndex
CREATE UNIQUE INDEX "IssuedCredential_supersededById_key" ON "IssuedCredential"("supersededById");

-- CreateIndex
CREATE INDEX "IssuedCredential_personId_idx" ON "IssuedCredential"("personId");

-- CreateIndex
CREATE INDEX "IssuedCredential_schoolOrganizationId_idx" ON "IssuedCredential"("schoolOrganizationId");

-- CreateIndex
CREATE INDEX "IssuedCredential_employerOrganizationId_idx" ON "IssuedCredential"("employerOrganizationId");

-- CreateIndex
CREATE INDEX "TrainingOffer_schoolOrganizationId_idx" ON "TrainingOffer"("schoolOrganizationId");

-- CreateIndex
CREATE INDEX "TrainingOffer_credentialId_idx" ON "TrainingOffer"("credentialId");

-- CreateIndex
CREATE INDEX "TrainingRequest_employerOrganizationId_status_idx" ON "TrainingRequest"("employerOrganizationId", "status");

-- CreateIndex
CREATE INDEX "TrainingRequest_schoolOrganizationId_status_idx" ON "TrainingRequest"("schoolOrganizationId", "status");

-- CreateIndex
CREATE INDEX "TrainingRequest_personId_idx" ON "TrainingRequest"("personId");

-- CreateIndex
CREATE INDEX "Enrolment_schoolOrganizationId_status_idx" ON "Enrolment"("schoolOrganizationId", "status");

-- CreateIndex
CREATE INDEX "Enrolment_employerOrganizationId_idx" ON "Enrolment"("employerOrganizationId");

-- CreateIndex
CREATE INDEX "Enrolment_personId_idx" ON "Enrolment"("personId");

-- CreateIndex
CREATE INDEX "Enrolment_schoolClassId_idx" ON "Enrolment"("schoolClassId");

-- CreateIndex
CREATE INDEX "SchoolClass_schoolOrganizationId_idx" ON "SchoolClass"("schoolOrganizationId");

-- CreateIndex
CREATE INDEX "SchoolClass_regionOrganizationId_idx" ON "SchoolClass"("regionOrganizationId");

-- CreateIndex
CREATE INDEX "MentorTeam_schoolClassId_idx" ON "MentorTeam"("schoolClassId");

-- CreateIndex
CREATE INDEX "MentorTeam_schoolOrganizationId_idx" ON "MentorTeam"("schoolOrganizationId");

-- CreateIndex
CREATE INDEX "MentorTeamMember_organizationId_idx" ON "MentorTeamMember"("organizationId");

-- CreateIndex
CREATE INDEX "MentorTeamMember_userId_idx" ON "MentorTeamMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "MentorTeamMember_mentorTeamId_userId_key" ON "MentorTeamMember"("mentorTeamId", "userId");

-- CreateIndex
CREATE INDEX "SkillGapSignal_mentorTeamId_idx" ON "SkillGapSignal"("mentorTeamId");

-- CreateIndex
CREATE INDEX "Vacancy_employerOrganizationId_status_idx" ON "Vacancy"("employerOrganizationId", "status");

-- CreateIndex
CREATE INDEX "Vacancy_locationId_idx" ON "Vacancy"("locationId");

-- CreateIndex
CREATE INDEX "Referral_regionOrganizationId_status_idx" ON "Referral"("regionOrganizationId", "status");

-- CreateIndex
CREATE INDEX "Referral_employerOrganizationId_status_idx" ON "Referral"("employerOrganizationId", "status");

-- CreateIndex
CREATE INDEX "Referral_partnerOrganizationId_idx" ON "Referral"("partnerOrganizationId");

-- CreateIndex
CREATE INDEX "Referral_personId_idx" ON "Referral"("personId");

-- CreateIndex
CREATE INDEX "Referral_vacancyId_idx" ON "Referral"("vacancyId");

-- CreateIndex
CREATE INDEX "FundingApplication_employerOrganizationId_status_idx" ON "FundingApplication"("employerOrganizationId", "status");

-- CreateIndex
CREATE INDEX "FundingApplication_personId_idx" ON "FundingApplication"("personId");

-- CreateIndex
CREATE INDEX "FundingApplication_developmentPathId_idx" ON "FundingApplication"("developmentPathId");

-- CreateIndex
CREATE INDEX "ConsentRecord_personId_idx" ON "ConsentRecord"("personId");

-- CreateIndex
CREATE INDEX "ConsentRecord_organizationId_purpose_idx" ON "ConsentRecord"("organizationId", "purpose");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_occurredAt_idx" ON "AuditEvent"("organizationId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorUserId_idx" ON "AuditEvent"("actorUserId");

-- AddForeignKey
ALTER TABLE "RegionMembership" ADD CONSTRAINT "RegionMembership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionMembership" ADD CONSTRAINT "RegionMembership_regionOrganizationId_fkey" FOREIGN KEY ("regionOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocationGroup" ADD CONSTRAINT "LocationGroup_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocationGroup" ADD CONSTRAINT "LocationGroup_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SbbRecognition" ADD CONSTRAINT "SbbRecognition_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SbbRecognition" ADD CONSTRAINT "SbbRecognition_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_activeOrganizationId_fkey" FOREIGN KEY ("activeOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_registeredByOrganizationId_fkey" FOREIGN KEY ("registeredByOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentPath" ADD CONSTRAINT "DevelopmentPath_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentPath" ADD CONSTRAINT "DevelopmentPath_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentPath" ADD CONSTRAINT "DevelopmentPath_workplaceTrainerUserId_fkey" FOREIGN KEY ("workplaceTrainerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PathStepRecord" ADD CONSTRAINT "PathStepRecord_developmentPathId_fkey" FOREIGN KEY ("developmentPathId") REFERENCES "DevelopmentPath"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PathStepRecord" ADD CONSTRAINT "PathStepRecord_completedByUserId_fkey" FOREIGN KEY ("completedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_developmentPathId_fkey" FOREIGN KEY ("developmentPathId") REFERENCES "DevelopmentPath"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_schoolOrganizationId_fkey" FOREIGN KEY ("schoolOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_assessorUserId_fkey" FOREIGN KEY ("assessorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_recordedByUserId_fkey" FOREIGN KEY ("recordedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_signedByUserId_fkey" FOREIGN KEY ("signedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_coSignedByUserId_fkey" FOREIGN KEY ("coSignedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Evidence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedCredential" ADD CONSTRAINT "IssuedCredential_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedCredential" ADD CONSTRAINT "IssuedCredential_schoolOrganizationId_fkey" FOREIGN KEY ("schoolOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedCredential" ADD CONSTRAINT "IssuedCredential_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedCredential" ADD CONSTRAINT "IssuedCredential_issuedByUserId_fkey" FOREIGN KEY ("issuedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuedCredential" ADD CONSTRAINT "IssuedCredential_supersededById_fkey" FOREIGN KEY ("supersededById") REFERENCES "IssuedCredential"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingOffer" ADD CONSTRAINT "TrainingOffer_schoolOrganizationId_fkey" FOREIGN KEY ("schoolOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRequest" ADD CONSTRAINT "TrainingRequest_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRequest" ADD CONSTRAINT "TrainingRequest_schoolOrganizationId_fkey" FOREIGN KEY ("schoolOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRequest" ADD CONSTRAINT "TrainingRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRequest" ADD CONSTRAINT "TrainingRequest_developmentPathId_fkey" FOREIGN KEY ("developmentPathId") REFERENCES "DevelopmentPath"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRequest" ADD CONSTRAINT "TrainingRequest_trainingOfferId_fkey" FOREIGN KEY ("trainingOfferId") REFERENCES "TrainingOffer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_schoolOrganizationId_fkey" FOREIGN KEY ("schoolOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_trainingOfferId_fkey" FOREIGN KEY ("trainingOfferId") REFERENCES "TrainingOffer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_trainingRequestId_fkey" FOREIGN KEY ("trainingRequestId") REFERENCES "TrainingRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_schoolClassId_fkey" FOREIGN KEY ("schoolClassId") REFERENCES "SchoolClass"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_workplaceTrainerUserId_fkey" FOREIGN KEY ("workplaceTrainerUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_teacherUserId_fkey" FOREIGN KEY ("teacherUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolClass" ADD CONSTRAINT "SchoolClass_schoolOrganizationId_fkey" FOREIGN KEY ("schoolOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolClass" ADD CONSTRAINT "SchoolClass_regionOrganizationId_fkey" FOREIGN KEY ("regionOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorTeam" ADD CONSTRAINT "MentorTeam_schoolClassId_fkey" FOREIGN KEY ("schoolClassId") REFERENCES "SchoolClass"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorTeam" ADD CONSTRAINT "MentorTeam_schoolOrganizationId_fkey" FOREIGN KEY ("schoolOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorTeamMember" ADD CONSTRAINT "MentorTeamMember_mentorTeamId_fkey" FOREIGN KEY ("mentorTeamId") REFERENCES "MentorTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorTeamMember" ADD CONSTRAINT "MentorTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorTeamMember" ADD CONSTRAINT "MentorTeamMember_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillGapSignal" ADD CONSTRAINT "SkillGapSignal_mentorTeamId_fkey" FOREIGN KEY ("mentorTeamId") REFERENCES "MentorTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vacancy" ADD CONSTRAINT "Vacancy_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_regionOrganizationId_fkey" FOREIGN KEY ("regionOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_partnerOrganizationId_fkey" FOREIGN KEY ("partnerOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_vacancyId_fkey" FOREIGN KEY ("vacancyId") REFERENCES "Vacancy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingApplication" ADD CONSTRAINT "FundingApplication_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingApplication" ADD CONSTRAINT "FundingApplication_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingApplication" ADD CONSTRAINT "FundingApplication_developmentPathId_fkey" FOREIGN KEY ("developmentPathId") REFERENCES "DevelopmentPath"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_recordedByUserId_fkey" FOREIGN KEY ("recordedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;
