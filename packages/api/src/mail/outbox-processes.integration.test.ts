/**
 * The outbox across processes, each opening the database as a server process does
 * (`testing/outbox-process.ts`): a process killed between its commit and the send loses no mail.
 * Two processes draining one outbox: `outbox-processes.postgres.test.ts`.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useProcessDatabase } from "./testing/processes.ts";

const { folder: folderOf, inParent, start, sender, mailFiles } = useProcessDatabase();

// Each process loads the api and opens the database: on a busy 2-core machine that takes a while.
describe("the outbox across processes", { timeout: 600_000 }, () => {
  it("keeps the mail of a change committed by a process killed before it sent, and sends it once", async () => {
    const committer = start(["commit"]);
    const [, requestId] = await committer.waitFor(/^committed (\S+)$/m);
    committer.child.kill("SIGKILL");
    expect(await committer.exited).toBeNull();

    const link = `/school/aanvragen/scholing/${requestId}`;
    const mails = join(folderOf(), "mail");
    expect(await (await sender(mails)).go()).toBeGreaterThan(0);
    // A second process afterwards finds nothing left to send.
    expect(await (await sender(mails)).go()).toBe(0);
    const aboutRequest = (await mailFiles(mails)).filter((eml) =>
      eml.replaceAll(/=\r?\n/g, "").includes(link),
    );
    expect(aboutRequest).toHaveLength(1);
    expect(aboutRequest[0]).toContain("To: opleidingsadviseur@maasoever.demo");
    await inParent(async (db) => {
      const row = await db.prisma.mailOutbox.findFirstOrThrow({ where: { link } });
      expect(row.sentAt).not.toBeNull();
      expect(await db.prisma.auditEvent.count({ where: { action: "mail.send", entityId: row.id } })).toBe(1);
    });
  });
});
