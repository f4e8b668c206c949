-- CreateEnum
CREATE TYPE "PokStatus" AS ENUM ('DRAFT', 'COMPLETE', 'SENT', 'SIGNED', 'ENDED', 'WITHDRAWN', 'REJECTED');

-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN     "pokDaysPerWeek" INTEGER,
ADD COLUMN     "pokStatus" "PokStatus" NOT NULL DEFAULT 'DRAFT',
ADD COLUMN     "pokStatusReason" TEXT,
ADD COLUMN     "pokTotalHours" INTEGER;

-- AlterTable
ALTER TABLE "TrainingOffer" ADD COLUMN     "contact" TEXT,
ADD COLUMN     "locations" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "maxConcurrentLearners" INTEGER,
ADD COLUMN     "onDemand" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "regionCodes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "TrainingRequest" ADD COLUMN     "proposalAcceptedAt" TIMESTAMPTZ(3),
ADD COLUMN     "proposedPriceCents" INTEGER,
ADD COLUMN     "proposedSchedule" TEXT,
ADD COLUMN     "proposedStartDate" DATE;

-- CreateTable
CREATE TABLE "TrainingOfferStart" (
    "id" TEXT NOT NULL,
    "trainingOfferId" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "capacity" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingOfferStart_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TrainingOfferStart_trainingOfferId_startsOn_key" ON "TrainingOfferStart"("trainingOfferId", "startsOn");

-- AddForeignKey
ALTER TABLE "TrainingOfferStart" ADD CONSTRAINT "TrainingOfferStart_trainingOfferId_fkey" FOREIGN KEY ("trainingOfferId") REFERENCES "TrainingOffer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Enrolments recorded before the lifecycle with a signing date have a signed POK.
UPDATE "Enrolment" SET "pokStatus" = 'SIGNED' WHERE "pokSignedOn" IS NOT NULL;
