-- AlterTable
ALTER TABLE "DevelopmentPath" DROP COLUMN "planSnapshot",
DROP COLUMN "planSnapshotAt";

-- AlterTable
ALTER TABLE "IssuedCredential" DROP COLUMN "planSnapshot";
