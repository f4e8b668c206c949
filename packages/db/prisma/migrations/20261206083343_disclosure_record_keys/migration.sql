-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "recordKey" INTEGER NOT NULL DEFAULT (floor((random() * (2147483647)::double precision)))::integer;

-- AlterTable
ALTER TABLE "SkillGapSignal" ADD COLUMN     "recordKey" INTEGER NOT NULL DEFAULT (floor((random() * (2147483647)::double precision)))::integer;
