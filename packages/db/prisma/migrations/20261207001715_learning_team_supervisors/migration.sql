-- CreateTable
CREATE TABLE "LearningTeamSupervisor" (
    "id" TEXT NOT NULL,
    "learningTeamId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "jobTitle" TEXT,
    "email" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearningTeamSupervisor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LearningTeamSupervisor_learningTeamId_idx" ON "LearningTeamSupervisor"("learningTeamId");

-- AddForeignKey
ALTER TABLE "LearningTeamSupervisor" ADD CONSTRAINT "LearningTeamSupervisor_learningTeamId_fkey" FOREIGN KEY ("learningTeamId") REFERENCES "LearningTeam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
