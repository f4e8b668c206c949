-- CreateEnum
CREATE TYPE "HeldCredentialKind" AS ENUM ('DIPLOMA', 'CERTIFICATE', 'PRAKTIJKVERKLARING', 'OTHER_DIPLOMA');

-- CreateTable
CREATE TABLE "HeldCredential" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "employerOrganizationId" TEXT NOT NULL,
    "kind" "HeldCredentialKind" NOT NULL,
    "credentialId" TEXT,
    "title" TEXT,
    "educationLevel" TEXT,
    "diplomaGroup" TEXT,
    "issuedOn" DATE NOT NULL,
    "institution" TEXT NOT NULL,
    "note" TEXT,
    "recordedByUserId" TEXT,
    "archivedAt" TIMESTAMPTZ(3),
    "archivedReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HeldCredential_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HeldCredential_personId_idx" ON "HeldCredential"("personId");

-- CreateIndex
CREATE INDEX "HeldCredential_employerOrganizationId_idx" ON "HeldCredential"("employerOrganizationId");

-- AddForeignKey
ALTER TABLE "HeldCredential" ADD CONSTRAINT "HeldCredential_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HeldCredential" ADD CONSTRAINT "HeldCredential_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
