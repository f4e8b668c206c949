-- CreateIndex
CREATE INDEX "CredentialRequest_developmentPathId_idx" ON "CredentialRequest"("developmentPathId");

-- CreateIndex
CREATE INDEX "Enrolment_trainingRequestId_idx" ON "Enrolment"("trainingRequestId");

-- CreateIndex
CREATE INDEX "Enrolment_trainingOfferId_idx" ON "Enrolment"("trainingOfferId");

-- CreateIndex
CREATE INDEX "TrainingRequest_developmentPathId_idx" ON "TrainingRequest"("developmentPathId");

-- CreateIndex
CREATE INDEX "TrainingRequest_trainingOfferId_idx" ON "TrainingRequest"("trainingOfferId");
