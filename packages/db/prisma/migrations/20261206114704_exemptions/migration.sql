-- CreateEnum
CREATE TYPE "ExemptionGround" AS ENUM ('EVC', 'OTHER_SCHOOL_CERTIFICATE', 'FOREIGN_DIPLOMA');

-- CreateEnum
CREATE TYPE "ExemptionStatus" AS ENUM ('REQUESTED', 'GRANTED', 'REFUSED');

-- CreateTable
CREATE TABLE "Exemption" (
    "id" TEXT NOT NULL,
    "schoolOrganizationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "credentialId" TEXT NOT NULL,
    "workProcessIds" TEXT[],
    "ground" "ExemptionGround" NOT NULL,
    "groundDetail" TEXT NOT NULL,
    "status" "ExemptionStatus" NOT NULL DEFAULT 'REQUESTED',
    "requestedByUserId" TEXT NOT NULL,
    "decidedByUserId" TEXT,
    "decidedOn" DATE,
    "decisionNote" TEXT,
    "supersedesId" TEXT,
    "correctionReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Exemption_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Exemption_supersedesId_key" ON "Exemption"("supersedesId");

-- CreateIndex
CREATE INDEX "Exemption_schoolOrganizationId_status_idx" ON "Exemption"("schoolOrganizationId", "status");

-- CreateIndex
CREATE INDEX "Exemption_personId_idx" ON "Exemption"("personId");

-- CreateIndex
CREATE INDEX "Exemption_requestedByUserId_idx" ON "Exemption"("requestedByUserId");

-- CreateIndex
CREATE INDEX "Exemption_decidedByUserId_idx" ON "Exemption"("decidedByUserId");

-- AddForeignKey
ALTER TABLE "Exemption" ADD CONSTRAINT "Exemption_schoolOrganizationId_fkey" FOREIGN KEY ("schoolOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exemption" ADD CONSTRAINT "Exemption_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exemption" ADD CONSTRAINT "Exemption_requestedByUserId_fkey" FOREIGN KEY ("requestedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exemption" ADD CONSTRAINT "Exemption_decidedByUserId_fkey" FOREIGN KEY ("decidedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exemption" ADD CONSTRAINT "Exemption_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "Exemption"("id") ON DELETE SET NULL ON UPDATE CASCADE;
