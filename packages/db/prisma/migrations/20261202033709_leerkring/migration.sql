-- CreateTable
CREATE TABLE "LearningCircleSession" (
    "id" TEXT NOT NULL,
    "regionOrganizationId" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "topic" TEXT NOT NULL,
    "participants" TEXT[],
    "notes" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearningCircleSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningCircleAction" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueOn" DATE,
    "doneOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearningCircleAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LearningCircleSession_regionOrganizationId_heldOn_idx" ON "LearningCircleSession"("regionOrganizationId", "heldOn");

-- CreateIndex
CREATE INDEX "LearningCircleAction_sessionId_idx" ON "LearningCircleAction"("sessionId");

-- AddForeignKey
ALTER TABLE "LearningCircleSession" ADD CONSTRAINT "LearningCircleSession_regionOrganizationId_fkey" FOREIGN KEY ("regionOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningCircleAction" ADD CONSTRAINT "LearningCircleAction_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LearningCircleSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
