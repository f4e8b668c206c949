-- AlterTable
ALTER TABLE "TrainingRequest" ADD COLUMN     "proposalAcceptedAt" TIMESTAMPTZ(3),
ADD COLUMN     "proposedPriceCents" INTEGER,
ADD COLUMN     "proposedSchedule" TEXT,
ADD COLUMN     "proposedStartDate" DATE;
