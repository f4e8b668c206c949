-- AlterTable
ALTER TABLE "DevelopmentPath" ADD COLUMN     "continuesPathId" TEXT,
ADD COLUMN     "movedToEmployerOrganizationId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "DevelopmentPath_continuesPathId_key" ON "DevelopmentPath"("continuesPathId");

-- CreateIndex
CREATE INDEX "DevelopmentPath_movedToEmployerOrganizationId_idx" ON "DevelopmentPath"("movedToEmployerOrganizationId");

-- AddForeignKey
ALTER TABLE "DevelopmentPath" ADD CONSTRAINT "DevelopmentPath_movedToEmployerOrganizationId_fkey" FOREIGN KEY ("movedToEmployerOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentPath" ADD CONSTRAINT "DevelopmentPath_continuesPathId_fkey" FOREIGN KEY ("continuesPathId") REFERENCES "DevelopmentPath"("id") ON DELETE SET NULL ON UPDATE CASCADE;
