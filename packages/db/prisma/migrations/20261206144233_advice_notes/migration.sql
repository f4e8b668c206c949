-- CreateEnum
CREATE TYPE "AdviceStatus" AS ENUM ('CONCEPT', 'GIVEN', 'FOLLOWED_UP');

-- AlterTable
ALTER TABLE "CandidateRegistration" ADD COLUMN     "experienceYears" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "AdviceNote" (
    "id" TEXT NOT NULL,
    "regionOrganizationId" TEXT NOT NULL,
    "candidateRegistrationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "supersedesId" TEXT,
    "correctionReason" TEXT,
    "status" "AdviceStatus" NOT NULL DEFAULT 'CONCEPT',
    "goalFunctionId" TEXT NOT NULL,
    "routeId" TEXT NOT NULL,
    "routeTitle" TEXT NOT NULL,
    "learningRoute" "LearningRoute",
    "durationMonths" INTEGER NOT NULL,
    "funding" JSONB NOT NULL,
    "adviceText" TEXT NOT NULL,
    "nextSteps" JSONB NOT NULL,
    "adviserUserId" TEXT,
    "adviserName" TEXT NOT NULL,
    "givenAt" TIMESTAMPTZ(3),
    "followedUpAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AdviceNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AdviceNote_supersedesId_key" ON "AdviceNote"("supersedesId");

-- CreateIndex
CREATE INDEX "AdviceNote_regionOrganizationId_idx" ON "AdviceNote"("regionOrganizationId");

-- CreateIndex
CREATE INDEX "AdviceNote_adviserUserId_idx" ON "AdviceNote"("adviserUserId");

-- CreateIndex
CREATE UNIQUE INDEX "AdviceNote_candidateRegistrationId_version_key" ON "AdviceNote"("candidateRegistrationId", "version");

-- AddForeignKey
ALTER TABLE "AdviceNote" ADD CONSTRAINT "AdviceNote_regionOrganizationId_fkey" FOREIGN KEY ("regionOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviceNote" ADD CONSTRAINT "AdviceNote_candidateRegistrationId_fkey" FOREIGN KEY ("candidateRegistrationId") REFERENCES "CandidateRegistration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviceNote" ADD CONSTRAINT "AdviceNote_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "AdviceNote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviceNote" ADD CONSTRAINT "AdviceNote_adviserUserId_fkey" FOREIGN KEY ("adviserUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A given advice never changes: it may only be marked followed up. A correction is a new version that
-- supersedes it, with a reason. Rows may be deleted only when the candidate's registration is erased.
CREATE FUNCTION "guard_advice_note"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'CONCEPT' THEN
    RETURN NEW;
  END IF;
  IF OLD."status" = 'GIVEN'
     AND NEW."status" = 'FOLLOWED_UP'
     AND NEW."followedUpAt" IS NOT NULL
     AND (NEW."id", NEW."regionOrganizationId", NEW."candidateRegistrationId", NEW."version",
          NEW."supersedesId", NEW."correctionReason", NEW."goalFunctionId", NEW."routeId", NEW."routeTitle",
          NEW."learningRoute", NEW."durationMonths", NEW."funding", NEW."adviceText", NEW."nextSteps",
          NEW."adviserUserId", NEW."adviserName", NEW."givenAt", NEW."createdAt")
         IS NOT DISTINCT FROM
         (OLD."id", OLD."regionOrganizationId", OLD."candidateRegistrationId", OLD."version",
          OLD."supersedesId", OLD."correctionReason", OLD."goalFunctionId", OLD."routeId", OLD."routeTitle",
          OLD."learningRoute", OLD."durationMonths", OLD."funding", OLD."adviceText", OLD."nextSteps",
          OLD."adviserUserId", OLD."adviserName", OLD."givenAt", OLD."createdAt") THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AdviceNote % is given and cannot change; record a new version instead', OLD."id"
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "AdviceNote_guarded"
  BEFORE UPDATE ON "AdviceNote"
  FOR EACH ROW EXECUTE FUNCTION "guard_advice_note"();

-- A given note says when; a correction says why.
ALTER TABLE "AdviceNote" ADD CONSTRAINT "AdviceNote_given" CHECK (
  "status" = 'CONCEPT' OR "givenAt" IS NOT NULL
);
ALTER TABLE "AdviceNote" ADD CONSTRAINT "AdviceNote_correction_reason" CHECK (
  "supersedesId" IS NULL OR coalesce(btrim("correctionReason"), '') <> ''
);
