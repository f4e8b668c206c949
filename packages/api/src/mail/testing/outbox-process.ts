/**
 * A process of its own on the database of DATABASE_URL or DATA_DIR, as a server process opens it, for
 * the outbox's crash and two-process tests (`outbox-processes.integration.test.ts`):
 *
 * - `commit`: commits a training request to De Maasoever with the note that mails it, prints
 *   `committed <request id>` and waits, sending nothing, to be killed;
 * - `send <folder>`: prints `ready`, waits for a line on its input, sends what waits in the outbox as
 *   `.eml` files in `<folder>` (each mail taking `SEND_DELAY_MS`, so processes overlap), prints
 *   `sent <count>` and ends.
 */
import { createInterface } from "node:readline";
import { openDatabaseFromEnvironment } from "@ontwikkelpad/db";
import { today } from "../../shared/dates.ts";
import { recordNotificationMail } from "../../shared/notifications/record-mail.ts";
import { fileTransport } from "../transport.ts";
import { drainOutbox } from "../worker.ts";

const [mode, folder] = process.argv.slice(2);
const db = await openDatabaseFromEnvironment();

if (mode === "commit") {
  const id = await db.prisma.$transaction(async (tx) => {
    const school = await tx.organization.findFirstOrThrow({ where: { name: "ROC De Maasoever" } });
    const template = await tx.trainingRequest.findFirstOrThrow({
      where: { schoolOrganizationId: school.id },
    });
    const request = await tx.trainingRequest.create({
      data: {
        employerOrganizationId: template.employerOrganizationId,
        schoolOrganizationId: school.id,
        personId: template.personId,
        credentialId: template.credentialId,
        learningRoute: template.learningRoute,
      },
    });
    await recordNotificationMail(tx, school.id, today());
    return request.id;
  });
  process.stdout.write(`committed ${id}\n`);
  // Killed here: after the commit, before any mail is sent.
  setInterval(() => {}, 60_000);
} else if (mode === "send" && folder) {
  process.stdout.write("ready\n");
  const input = createInterface({ input: process.stdin });
  await new Promise<void>((resolve) => input.once("line", () => resolve()));
  input.close();
  const files = fileTransport(folder);
  const delay = Number(process.env.SEND_DELAY_MS ?? 0);
  const sent = await drainOutbox(
    db,
    {
      send: async (mail) => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        await files.send(mail);
      },
    },
    "IMMEDIATE",
  );
  process.stdout.write(`sent ${sent}\n`);
  await db.close();
} else {
  process.stderr.write("usage: outbox-process.ts commit | send <folder>\n");
  process.exit(2);
}
