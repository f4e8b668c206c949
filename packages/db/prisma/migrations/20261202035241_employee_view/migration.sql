-- CreateTable
CREATE TABLE "EmployeeViewLink" (
    "id" TEXT NOT NULL,
    "developmentPathId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedByUserId" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "agreedAt" TIMESTAMPTZ(3),
    "agreedName" TEXT,
    "agreedStep" INTEGER,
    "agreedView" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmployeeViewLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EmployeeViewLink_tokenHash_key" ON "EmployeeViewLink"("tokenHash");

-- CreateIndex
CREATE INDEX "EmployeeViewLink_developmentPathId_idx" ON "EmployeeViewLink"("developmentPathId");

-- AddForeignKey
ALTER TABLE "EmployeeViewLink" ADD CONSTRAINT "EmployeeViewLink_developmentPathId_fkey" FOREIGN KEY ("developmentPathId") REFERENCES "DevelopmentPath"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployeeViewLink" ADD CONSTRAINT "EmployeeViewLink_invitedByUserId_fkey" FOREIGN KEY ("invitedByUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
