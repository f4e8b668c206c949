-- CreateTable
CREATE TABLE "CredentialKey" (
    "id" TEXT NOT NULL,
    "schoolOrganizationId" TEXT NOT NULL,
    "publicKeyMultibase" TEXT NOT NULL,
    "encryptedSecretKey" TEXT NOT NULL,
    "retiredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CredentialKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignedCredential" (
    "id" TEXT NOT NULL,
    "issuedCredentialId" TEXT NOT NULL,
    "schoolOrganizationId" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "statusListIndex" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignedCredential_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CredentialKey_schoolOrganizationId_idx" ON "CredentialKey"("schoolOrganizationId");

-- CreateIndex
CREATE UNIQUE INDEX "SignedCredential_issuedCredentialId_key" ON "SignedCredential"("issuedCredentialId");

-- CreateIndex
CREATE INDEX "SignedCredential_keyId_idx" ON "SignedCredential"("keyId");

-- CreateIndex
CREATE UNIQUE INDEX "SignedCredential_schoolOrganizationId_statusListIndex_key" ON "SignedCredential"("schoolOrganizationId", "statusListIndex");

-- AddForeignKey
ALTER TABLE "CredentialKey" ADD CONSTRAINT "CredentialKey_schoolOrganizationId_fkey" FOREIGN KEY ("schoolOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignedCredential" ADD CONSTRAINT "SignedCredential_issuedCredentialId_fkey" FOREIGN KEY ("issuedCredentialId") REFERENCES "IssuedCredential"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignedCredential" ADD CONSTRAINT "SignedCredential_schoolOrganizationId_fkey" FOREIGN KEY ("schoolOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignedCredential" ADD CONSTRAINT "SignedCredential_keyId_fkey" FOREIGN KEY ("keyId") REFERENCES "CredentialKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
