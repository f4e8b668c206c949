-- AlterTable
ALTER TABLE "SkillGapSignal" ADD COLUMN     "learnersRated" INTEGER,
ADD COLUMN     "learnersStruggling" INTEGER,
ADD COLUMN     "sentByUserId" TEXT;

-- CreateTable
CREATE TABLE "ClassAdoption" (
    "id" TEXT NOT NULL,
    "schoolClassId" TEXT NOT NULL,
    "employerOrganizationId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClassAdoption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReflectionNote" (
    "id" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "schoolClassId" TEXT NOT NULL,
    "schoolOrganizationId" TEXT NOT NULL,
    "isoWeek" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "authorUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReflectionNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClassAdoption_employerOrganizationId_idx" ON "ClassAdoption"("employerOrganizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ClassAdoption_schoolClassId_employerOrganizationId_key" ON "ClassAdoption"("schoolClassId", "employerOrganizationId");

-- CreateIndex
CREATE INDEX "ReflectionNote_schoolClassId_isoWeek_idx" ON "ReflectionNote"("schoolClassId", "isoWeek");

-- CreateIndex
CREATE INDEX "ReflectionNote_enrolmentId_idx" ON "ReflectionNote"("enrolmentId");

-- CreateIndex
CREATE INDEX "ReflectionNote_schoolOrganizationId_idx" ON "ReflectionNote"("schoolOrganizationId");

-- CreateIndex
CREATE INDEX "ReflectionNote_authorUserId_idx" ON "ReflectionNote"("authorUserId");

-- CreateIndex
CREATE INDEX "SkillGapSignal_sentByUserId_idx" ON "SkillGapSignal"("sentByUserId");

-- AddForeignKey
ALTER TABLE "SkillGapSignal" ADD CONSTRAINT "SkillGapSignal_sentByUserId_fkey" FOREIGN KEY ("sentByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassAdoption" ADD CONSTRAINT "ClassAdoption_schoolClassId_fkey" FOREIGN KEY ("schoolClassId") REFERENCES "SchoolClass"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassAdoption" ADD CONSTRAINT "ClassAdoption_employerOrganizationId_fkey" FOREIGN KEY ("employerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectionNote" ADD CONSTRAINT "ReflectionNote_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectionNote" ADD CONSTRAINT "ReflectionNote_schoolClassId_fkey" FOREIGN KEY ("schoolClassId") REFERENCES "SchoolClass"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectionNote" ADD CONSTRAINT "ReflectionNote_schoolOrganizationId_fkey" FOREIGN KEY ("schoolOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectionNote" ADD CONSTRAINT "ReflectionNote_authorUserId_fkey" FOREIGN KEY ("authorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: a reflection note is never changed or deleted; a later thought is a new note.
CREATE FUNCTION "guard_reflection_note"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Reflection note % is immutable; write a new note instead', OLD."id"
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "ReflectionNote_immutable"
  BEFORE UPDATE OR DELETE ON "ReflectionNote"
  FOR EACH ROW EXECUTE FUNCTION "guard_reflection_note"();
