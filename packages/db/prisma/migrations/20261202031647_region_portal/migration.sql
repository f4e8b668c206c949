-- CreateEnum
CREATE TYPE "BottleneckCategory" AS ENUM ('FUNDING', 'EDUCATION', 'RECOGNITION', 'STAFFING', 'REGULATION', 'OTHER');

-- CreateEnum
CREATE TYPE "BottleneckStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'RESOLVED');

-- AlterEnum
ALTER TYPE "ConsentPurpose" ADD VALUE 'ADVICE';

-- CreateTable
CREATE TABLE "CandidateRegistration" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "regionOrganizationId" TEXT NOT NULL,
    "partnerOrganizationId" TEXT,
    "registeredByUserId" TEXT,
    "intakeCompletedAt" TIMESTAMPTZ(3),
    "availableFrom" DATE,
    "hoursPerWeek" DOUBLE PRECISION,
    "city" TEXT,
    "postcodeArea" TEXT,
    "travelDistanceKm" INTEGER,
    "locationTypes" "LocationType"[],
    "languageLevel" TEXT,
    "experience" TEXT,
    "workProcessIds" TEXT[],
    "priorDiplomas" TEXT[],
    "erasedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CandidateRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SkillGapSignalReview" (
    "id" TEXT NOT NULL,
    "signalId" TEXT NOT NULL,
    "regionOrganizationId" TEXT NOT NULL,
    "acknowledgedAt" TIMESTAMPTZ(3) NOT NULL,
    "acknowledgedByUserId" TEXT,
    "discussedOn" DATE,
    "regiegroepNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SkillGapSignalReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bottleneck" (
    "id" TEXT NOT NULL,
    "regionOrganizationId" TEXT NOT NULL,
    "category" "BottleneckCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "status" "BottleneckStatus" NOT NULL DEFAULT 'OPEN',
    "raisedOn" DATE NOT NULL,
    "resolvedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Bottleneck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CandidateRegistration_personId_key" ON "CandidateRegistration"("personId");

-- CreateIndex
CREATE INDEX "CandidateRegistration_regionOrganizationId_createdAt_idx" ON "CandidateRegistration"("regionOrganizationId", "createdAt");

-- CreateIndex
CREATE INDEX "CandidateRegistration_partnerOrganizationId_idx" ON "CandidateRegistration"("partnerOrganizationId");

-- CreateIndex
CREATE INDEX "CandidateRegistration_registeredByUserId_idx" ON "CandidateRegistration"("registeredByUserId");

-- CreateIndex
CREATE UNIQUE INDEX "SkillGapSignalReview_signalId_key" ON "SkillGapSignalReview"("signalId");

-- CreateIndex
CREATE INDEX "SkillGapSignalReview_regionOrganizationId_idx" ON "SkillGapSignalReview"("regionOrganizationId");

-- CreateIndex
CREATE INDEX "SkillGapSignalReview_acknowledgedByUserId_idx" ON "SkillGapSignalReview"("acknowledgedByUserId");

-- CreateIndex
CREATE INDEX "Bottleneck_regionOrganizationId_status_idx" ON "Bottleneck"("regionOrganizationId", "status");

-- AddForeignKey
ALTER TABLE "CandidateRegistration" ADD CONSTRAINT "CandidateRegistration_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateRegistration" ADD CONSTRAINT "CandidateRegistration_regionOrganizationId_fkey" FOREIGN KEY ("regionOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateRegistration" ADD CONSTRAINT "CandidateRegistration_partnerOrganizationId_fkey" FOREIGN KEY ("partnerOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateRegistration" ADD CONSTRAINT "CandidateRegistration_registeredByUserId_fkey" FOREIGN KEY ("registeredByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillGapSignalReview" ADD CONSTRAINT "SkillGapSignalReview_signalId_fkey" FOREIGN KEY ("signalId") REFERENCES "SkillGapSignal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillGapSignalReview" ADD CONSTRAINT "SkillGapSignalReview_regionOrganizationId_fkey" FOREIGN KEY ("regionOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillGapSignalReview" ADD CONSTRAINT "SkillGapSignalReview_acknowledgedByUserId_fkey" FOREIGN KEY ("acknowledgedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bottleneck" ADD CONSTRAINT "Bottleneck_regionOrganizationId_fkey" FOREIGN KEY ("regionOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
