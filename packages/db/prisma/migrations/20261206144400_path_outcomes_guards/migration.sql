-- A path ends once, with why and when: the end reason and date are set exactly when the path is no
-- longer running, a completed path is the one ended on its goal, and only it names the credential that
-- met the goal. Paths that ended before the reason was recorded said nothing of a result: stopped
-- without one.
UPDATE "DevelopmentPath" SET "endReason" = 'STOPPED_WITHOUT_RESULT', "endedAt" = now() WHERE "status" = 'STOPPED';
UPDATE "DevelopmentPath" SET "endReason" = 'COMPLETED', "endedAt" = now() WHERE "status" = 'COMPLETED';

ALTER TABLE "DevelopmentPath" ADD CONSTRAINT "DevelopmentPath_end_check" CHECK (
  ("status" = 'ACTIVE') = ("endReason" IS NULL)
  AND ("status" = 'ACTIVE') = ("endedAt" IS NULL)
  AND ("status" = 'COMPLETED') = ("endReason" IS NOT NULL AND "endReason" = 'COMPLETED')
  AND ("achievedCredentialId" IS NULL OR "status" = 'COMPLETED')
);
