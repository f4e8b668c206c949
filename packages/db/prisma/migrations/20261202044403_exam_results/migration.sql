-- CreateEnum
CREATE TYPE "ExamResultStatus" AS ENUM ('REGISTERED', 'ASSESSED', 'ESTABLISHED', 'WITHDRAWN', 'CORRECTED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'EXAM_COMMITTEE';

-- CreateTable
CREATE TABLE "ExamResult" (
    "id" TEXT NOT NULL,
    "schoolOrganizationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "enrolmentId" TEXT,
    "credentialId" TEXT NOT NULL,
    "workProcessIds" TEXT[],
    "title" TEXT NOT NULL,
    "status" "ExamResultStatus" NOT NULL DEFAULT 'REGISTERED',
    "outcome" "EvidenceResult",
    "assessedOn" DATE,
    "note" TEXT,
    "evidenceIds" TEXT[],
    "supersedesId" TEXT,
    "correctionReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExamResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExamResultEvent" (
    "id" TEXT NOT NULL,
    "examResultId" TEXT NOT NULL,
    "fromStatus" "ExamResultStatus",
    "toStatus" "ExamResultStatus" NOT NULL,
    "actorUserId" TEXT NOT NULL,
    "reason" TEXT,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExamResultEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExamResult_supersedesId_key" ON "ExamResult"("supersedesId");

-- CreateIndex
CREATE INDEX "ExamResult_schoolOrganizationId_status_idx" ON "ExamResult"("schoolOrganizationId", "status");

-- CreateIndex
CREATE INDEX "ExamResult_personId_idx" ON "ExamResult"("personId");

-- CreateIndex
CREATE INDEX "ExamResult_enrolmentId_idx" ON "ExamResult"("enrolmentId");

-- CreateIndex
CREATE INDEX "ExamResultEvent_examResultId_idx" ON "ExamResultEvent"("examResultId");

-- AddForeignKey
ALTER TABLE "ExamResult" ADD CONSTRAINT "ExamResult_schoolOrganizationId_fkey" FOREIGN KEY ("schoolOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamResult" ADD CONSTRAINT "ExamResult_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamResult" ADD CONSTRAINT "ExamResult_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamResult" ADD CONSTRAINT "ExamResult_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "ExamResult"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamResultEvent" ADD CONSTRAINT "ExamResultEvent_examResultId_fkey" FOREIGN KEY ("examResultId") REFERENCES "ExamResult"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamResultEvent" ADD CONSTRAINT "ExamResultEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
