-- AlterTable
ALTER TABLE "ExamResult" ADD COLUMN     "generiekDeelPart" TEXT;
