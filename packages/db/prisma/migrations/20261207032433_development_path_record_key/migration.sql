-- DropIndex
DROP INDEX "DevelopmentPath_employerOrganizationId_status_currentStep_g_idx";

-- DropIndex
DROP INDEX "Person_id_recordKey_idx";

-- AlterTable
ALTER TABLE "DevelopmentPath" ADD COLUMN     "recordKey" INTEGER NOT NULL DEFAULT -1;

-- CreateIndex
CREATE INDEX "DevelopmentPath_employerOrganizationId_status_currentStep_g_idx" ON "DevelopmentPath"("employerOrganizationId", "status", "currentStep", "goalFunctionId", "recordKey");
