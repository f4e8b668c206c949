-- DropIndex
DROP INDEX "DevelopmentPath_employerOrganizationId_status_idx";

-- CreateIndex
CREATE INDEX "DevelopmentPath_employerOrganizationId_status_currentStep_g_idx" ON "DevelopmentPath"("employerOrganizationId", "status", "currentStep", "goalFunctionId", "personId");

-- CreateIndex
CREATE INDEX "Person_id_recordKey_idx" ON "Person"("id", "recordKey");
