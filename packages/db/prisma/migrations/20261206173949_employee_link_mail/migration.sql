-- AlterTable
ALTER TABLE "MailOutbox" ADD COLUMN     "email" TEXT,
ADD COLUMN     "firstName" TEXT,
ALTER COLUMN "userId" DROP NOT NULL;

-- A mail goes to a user or to an address, never both or neither.
ALTER TABLE "MailOutbox" ADD CONSTRAINT "MailOutbox_recipient_check" CHECK (("userId" IS NULL) <> ("email" IS NULL));
