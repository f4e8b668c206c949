-- CreateTable
CREATE TABLE "NotificationMailCheck" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationMailCheck_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "NotificationMailCheck" ADD CONSTRAINT "NotificationMailCheck_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
