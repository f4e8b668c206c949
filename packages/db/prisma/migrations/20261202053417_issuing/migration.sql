-- AlterTable
ALTER TABLE "IssuedCredential" ADD COLUMN     "resultOn" DATE,
ADD COLUMN     "snapshot" JSONB;

-- CreateTable
CREATE TABLE "DuoReport" (
    "id" TEXT NOT NULL,
    "issuedCredentialId" TEXT NOT NULL,
    "reportedOn" DATE NOT NULL,
    "reportedByUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DuoReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DuoReport_issuedCredentialId_key" ON "DuoReport"("issuedCredentialId");

-- CreateIndex
CREATE INDEX "DuoReport_reportedByUserId_idx" ON "DuoReport"("reportedByUserId");

-- AddForeignKey
ALTER TABLE "DuoReport" ADD CONSTRAINT "DuoReport_issuedCredentialId_fkey" FOREIGN KEY ("issuedCredentialId") REFERENCES "IssuedCredential"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuoReport" ADD CONSTRAINT "DuoReport_reportedByUserId_fkey" FOREIGN KEY ("reportedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
