-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN     "pokEmployerSignedBy" TEXT,
ADD COLUMN     "pokEmployerSignedOn" DATE,
ADD COLUMN     "pokLearnerSignedBy" TEXT,
ADD COLUMN     "pokLearnerSignedOn" DATE,
ADD COLUMN     "pokSchoolSignedBy" TEXT,
ADD COLUMN     "pokSchoolSignedOn" DATE;
