-- CreateEnum
CREATE TYPE "LearningTeamSchoolStatus" AS ENUM ('INVITED', 'JOINED');

-- CreateTable
CREATE TABLE "LearningTeam" (
    "id" TEXT NOT NULL,
    "ownerSchoolOrganizationId" TEXT NOT NULL,
    "hostOrganizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "teamCoachName" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "product" TEXT,
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearningTeam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningTeamSchool" (
    "id" TEXT NOT NULL,
    "learningTeamId" TEXT NOT NULL,
    "schoolOrganizationId" TEXT NOT NULL,
    "status" "LearningTeamSchoolStatus" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearningTeamSchool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningTeamMember" (
    "id" TEXT NOT NULL,
    "learningTeamId" TEXT NOT NULL,
    "schoolOrganizationId" TEXT NOT NULL,
    "studentName" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearningTeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningTeamGoal" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "competenceId" TEXT,
    "workProcessId" TEXT,
    "description" TEXT NOT NULL,
    "assessment" TEXT,
    "assessedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearningTeamGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningTeamMeeting" (
    "id" TEXT NOT NULL,
    "learningTeamId" TEXT NOT NULL,
    "authorOrganizationId" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "notes" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearningTeamMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LearningTeam_ownerSchoolOrganizationId_idx" ON "LearningTeam"("ownerSchoolOrganizationId");

-- CreateIndex
CREATE INDEX "LearningTeam_hostOrganizationId_idx" ON "LearningTeam"("hostOrganizationId");

-- CreateIndex
CREATE INDEX "LearningTeamSchool_schoolOrganizationId_idx" ON "LearningTeamSchool"("schoolOrganizationId");

-- CreateIndex
CREATE UNIQUE INDEX "LearningTeamSchool_learningTeamId_schoolOrganizationId_key" ON "LearningTeamSchool"("learningTeamId", "schoolOrganizationId");

-- CreateIndex
CREATE INDEX "LearningTeamMember_learningTeamId_idx" ON "LearningTeamMember"("learningTeamId");

-- CreateIndex
CREATE INDEX "LearningTeamMember_schoolOrganizationId_idx" ON "LearningTeamMember"("schoolOrganizationId");

-- CreateIndex
CREATE INDEX "LearningTeamGoal_memberId_idx" ON "LearningTeamGoal"("memberId");

-- CreateIndex
CREATE INDEX "LearningTeamMeeting_learningTeamId_heldOn_idx" ON "LearningTeamMeeting"("learningTeamId", "heldOn");

-- CreateIndex
CREATE INDEX "LearningTeamMeeting_authorOrganizationId_idx" ON "LearningTeamMeeting"("authorOrganizationId");

-- AddForeignKey
ALTER TABLE "LearningTeam" ADD CONSTRAINT "LearningTeam_ownerSchoolOrganizationId_fkey" FOREIGN KEY ("ownerSchoolOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningTeam" ADD CONSTRAINT "LearningTeam_hostOrganizationId_fkey" FOREIGN KEY ("hostOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningTeamSchool" ADD CONSTRAINT "LearningTeamSchool_learningTeamId_fkey" FOREIGN KEY ("learningTeamId") REFERENCES "LearningTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningTeamSchool" ADD CONSTRAINT "LearningTeamSchool_schoolOrganizationId_fkey" FOREIGN KEY ("schoolOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningTeamMember" ADD CONSTRAINT "LearningTeamMember_learningTeamId_fkey" FOREIGN KEY ("learningTeamId") REFERENCES "LearningTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningTeamMember" ADD CONSTRAINT "LearningTeamMember_schoolOrganizationId_fkey" FOREIGN KEY ("schoolOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningTeamGoal" ADD CONSTRAINT "LearningTeamGoal_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "LearningTeamMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningTeamMeeting" ADD CONSTRAINT "LearningTeamMeeting_learningTeamId_fkey" FOREIGN KEY ("learningTeamId") REFERENCES "LearningTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningTeamMeeting" ADD CONSTRAINT "LearningTeamMeeting_authorOrganizationId_fkey" FOREIGN KEY ("authorOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
