-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN     "replacesEnrolmentId" TEXT;

-- AlterTable
ALTER TABLE "TrainingOffer" DROP COLUMN "seats",
DROP COLUMN "startDate";

-- CreateTable
CREATE TABLE "PokAttendance" (
    "id" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "present" BOOLEAN NOT NULL,
    "hoursPresent" DOUBLE PRECISION NOT NULL,
    "absenceReason" TEXT,
    "recordedByUserId" TEXT NOT NULL,
    "supersedesId" TEXT,
    "correctionReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PokAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PokCoaching" (
    "id" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "coachUserId" TEXT NOT NULL,
    "coachRole" "Role" NOT NULL,
    "topic" TEXT NOT NULL,
    "note" TEXT,
    "recordedByUserId" TEXT NOT NULL,
    "supersedesId" TEXT,
    "correctionReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PokCoaching_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PokAttendance_supersedesId_key" ON "PokAttendance"("supersedesId");

-- CreateIndex
CREATE INDEX "PokAttendance_enrolmentId_date_idx" ON "PokAttendance"("enrolmentId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "PokCoaching_supersedesId_key" ON "PokCoaching"("supersedesId");

-- CreateIndex
CREATE INDEX "PokCoaching_enrolmentId_date_idx" ON "PokCoaching"("enrolmentId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_replacesEnrolmentId_key" ON "Enrolment"("replacesEnrolmentId");

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_replacesEnrolmentId_fkey" FOREIGN KEY ("replacesEnrolmentId") REFERENCES "Enrolment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PokAttendance" ADD CONSTRAINT "PokAttendance_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PokAttendance" ADD CONSTRAINT "PokAttendance_recordedByUserId_fkey" FOREIGN KEY ("recordedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PokAttendance" ADD CONSTRAINT "PokAttendance_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "PokAttendance"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PokCoaching" ADD CONSTRAINT "PokCoaching_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PokCoaching" ADD CONSTRAINT "PokCoaching_coachUserId_fkey" FOREIGN KEY ("coachUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PokCoaching" ADD CONSTRAINT "PokCoaching_recordedByUserId_fkey" FOREIGN KEY ("recordedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PokCoaching" ADD CONSTRAINT "PokCoaching_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "PokCoaching"("id") ON DELETE SET NULL ON UPDATE CASCADE;
