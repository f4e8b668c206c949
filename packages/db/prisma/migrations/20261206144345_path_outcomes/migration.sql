-- CreateEnum
CREATE TYPE "PathEndReason" AS ENUM ('COMPLETED', 'LEFT_WITH_RESULT', 'STOPPED_WITHOUT_RESULT', 'MOVED_EMPLOYER');

-- AlterTable
ALTER TABLE "DevelopmentPath" DROP COLUMN "completedAt",
ADD COLUMN     "achievedCredentialId" TEXT,
ADD COLUMN     "endReason" "PathEndReason",
ADD COLUMN     "endedAt" TIMESTAMPTZ(3);

-- AddForeignKey
ALTER TABLE "DevelopmentPath" ADD CONSTRAINT "DevelopmentPath_achievedCredentialId_fkey" FOREIGN KEY ("achievedCredentialId") REFERENCES "IssuedCredential"("id") ON DELETE SET NULL ON UPDATE CASCADE;
