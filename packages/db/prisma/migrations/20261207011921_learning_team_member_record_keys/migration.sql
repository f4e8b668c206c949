-- AlterTable
ALTER TABLE "LearningTeamMember" ADD COLUMN     "recordKey" INTEGER NOT NULL DEFAULT (floor((random() * (2147483647)::double precision)))::integer;
