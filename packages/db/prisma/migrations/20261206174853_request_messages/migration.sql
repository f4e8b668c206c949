-- CreateTable
CREATE TABLE "TrainingRequestMessage" (
    "id" TEXT NOT NULL,
    "trainingRequestId" TEXT NOT NULL,
    "authorUserId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingRequestMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrainingRequestMessage_trainingRequestId_idx" ON "TrainingRequestMessage"("trainingRequestId");

-- AddForeignKey
ALTER TABLE "TrainingRequestMessage" ADD CONSTRAINT "TrainingRequestMessage_trainingRequestId_fkey" FOREIGN KEY ("trainingRequestId") REFERENCES "TrainingRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRequestMessage" ADD CONSTRAINT "TrainingRequestMessage_authorUserId_fkey" FOREIGN KEY ("authorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
