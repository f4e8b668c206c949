-- AlterTable
ALTER TABLE "LearningTeamMember" ADD COLUMN     "enrolmentId" TEXT,
ALTER COLUMN "studentName" DROP NOT NULL;

-- CreateTable
CREATE TABLE "LearningTeamReflection" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "schoolOrganizationId" TEXT NOT NULL,
    "goalId" TEXT,
    "text" TEXT NOT NULL,
    "supersedesId" TEXT,
    "correctionReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearningTeamReflection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LearningTeamReflection_supersedesId_key" ON "LearningTeamReflection"("supersedesId");

-- CreateIndex
CREATE INDEX "LearningTeamReflection_memberId_idx" ON "LearningTeamReflection"("memberId");

-- CreateIndex
CREATE INDEX "LearningTeamReflection_schoolOrganizationId_idx" ON "LearningTeamReflection"("schoolOrganizationId");

-- CreateIndex
CREATE INDEX "LearningTeamReflection_goalId_idx" ON "LearningTeamReflection"("goalId");

-- CreateIndex
CREATE INDEX "LearningTeamMember_enrolmentId_idx" ON "LearningTeamMember"("enrolmentId");

-- CreateIndex
CREATE UNIQUE INDEX "LearningTeamMember_learningTeamId_enrolmentId_key" ON "LearningTeamMember"("learningTeamId", "enrolmentId");

-- AddForeignKey
ALTER TABLE "LearningTeamMember" ADD CONSTRAINT "LearningTeamMember_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningTeamReflection" ADD CONSTRAINT "LearningTeamReflection_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "LearningTeamMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningTeamReflection" ADD CONSTRAINT "LearningTeamReflection_schoolOrganizationId_fkey" FOREIGN KEY ("schoolOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningTeamReflection" ADD CONSTRAINT "LearningTeamReflection_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "LearningTeamGoal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningTeamReflection" ADD CONSTRAINT "LearningTeamReflection_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "LearningTeamReflection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: a member is one of the school's learners (her enrolment) or, without one, a name.
ALTER TABLE "LearningTeamMember" ADD CONSTRAINT "LearningTeamMember_enrolment_or_name" CHECK (
  ("enrolmentId" IS NULL) <> ("studentName" IS NULL)
);

-- A student's reflection is never changed or deleted; a correction is a new reflection that supersedes
-- it and says why.
CREATE FUNCTION "guard_learning_team_reflection"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Learning team reflection % is immutable; write a correction that supersedes it instead', OLD."id"
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER "LearningTeamReflection_immutable"
  BEFORE UPDATE OR DELETE ON "LearningTeamReflection"
  FOR EACH ROW EXECUTE FUNCTION "guard_learning_team_reflection"();

ALTER TABLE "LearningTeamReflection" ADD CONSTRAINT "LearningTeamReflection_text" CHECK (btrim("text") <> '');
ALTER TABLE "LearningTeamReflection" ADD CONSTRAINT "LearningTeamReflection_correction_reason" CHECK (
  "supersedesId" IS NULL OR coalesce(btrim("correctionReason"), '') <> ''
);
