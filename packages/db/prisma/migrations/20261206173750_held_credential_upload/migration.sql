-- AlterTable
ALTER TABLE "HeldCredential" ADD COLUMN     "originDocument" JSONB,
ADD COLUMN     "originIssuerDid" TEXT,
ADD COLUMN     "originSchoolName" TEXT,
ADD COLUMN     "verifiedAt" TIMESTAMPTZ(3),
ADD COLUMN     "workProcessIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
