-- CreateEnum
CREATE TYPE "CredentialRequestStatus" AS ENUM ('SUBMITTED', 'ISSUED', 'DECLINED', 'WITHDRAWN');

-- AlterEnum
ALTER TYPE "EvidenceResult" ADD VALUE 'NOT_APPLICABLE';

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "hoursPerWeek" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "responseNote" TEXT;

-- CreateTable
CREATE TABLE "CredentialRequest" (
    "id" TEXT NOT NULL,
    "employerOrganizationId" TEXT NOT NULL,
    "schoolOrganizationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "developmentPathId" TEXT,
    "credentialId" TEXT NOT NULL,
    "workProcessIds" TEXT[],
    "status" "CredentialRequestStatus" NOT NULL DEFAULT 'SUBMITTED',
    "message" TEXT,
    "responseNote" TEXT,
    "respondedAt" TIMESTAMPTZ(3),
    "issuedCredentialId" TEXT,
    "requestedByUserId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CredentialRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CredentialRequest_issuedCredentialId_key" ON "CredentialRequest"("issuedCredentialId");

-- CreateIndex
CREATE INDEX "CredentialRequest_employerOrganizationId_status_idx" ON "CredentialRequest"("employerOrganizationId", "status");

-- CreateIndex
CREATE INDEX "CredentialRequest_schoolOrganizationId_status_idx" ON "CredentialRequest"("schoolOrganizationId", "status");

-- CreateIndex
CREATE INDEX "CredentialRequest_personId_idx" ON "CredentialRequest"("personId");

-- AddForeignKey
ALTER TABLE "CredentialRequest" ADD CONSTRAINT "CredentialRequest_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialRequest" ADD CONSTRAINT "CredentialRequest_schoolOrganizationId_fkey" FOREIGN KEY ("schoolOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialRequest" ADD CONSTRAINT "CredentialRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialRequest" ADD CONSTRAINT "CredentialRequest_developmentPathId_fkey" FOREIGN KEY ("developmentPathId") REFERENCES "DevelopmentPath"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialRequest" ADD CONSTRAINT "CredentialRequest_issuedCredentialId_fkey" FOREIGN KEY ("issuedCredentialId") REFERENCES "IssuedCredential"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CredentialRequest" ADD CONSTRAINT "CredentialRequest_requestedByUserId_fkey" FOREIGN KEY ("requestedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
