/**
 * Two server processes on one PostgreSQL drain one outbox and send each mail once. PGlite is one
 * process's database, so this file runs only in the PostgreSQL pass (`*.postgres.test.ts`, with
 * TEST_DATABASE_URL; see tooling/vitest); the kill -9 test beside it runs on both.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useProcessDatabase } from "./testing/processes.ts";

const { folder: folderOf, inParent, sender, mailFiles } = useProcessDatabase();

// Each process loads the api and opens the database: on a busy 2-core machine that takes a while.
describe("the outbox across processes on PostgreSQL", { timeout: 600_000 }, () => {
  it("lets two processes drain one outbox, each mail sent once", async () => {
    const N = 60;
    const ids = await inParent(async (db) => {
      const adviser = await db.prisma.user.findUniqueOrThrow({
        where: { email: "opleidingsadviseur@maasoever.demo" },
        include: { memberships: true },
      });
      await db.prisma.mailOutbox.createMany({
        data: Array.from({ length: N }, (_, i) => ({
          dedupeKey: `two-processes|${i}`,
          userId: adviser.id,
          organizationId: adviser.memberships[0]!.organizationId,
          kind: "trainingRequest",
          delivery: "IMMEDIATE" as const,
          link: `/school/aanvragen/scholing/two-processes-${i}`,
        })),
      });
      return (await db.prisma.mailOutbox.findMany({ where: { sentAt: null }, select: { id: true } })).map(
        (row) => row.id,
      );
    });
    expect(ids.length).toBeGreaterThanOrEqual(N);

    const mails = join(folderOf(), "mail");
    const senders = await Promise.all([
      sender(mails, { SEND_DELAY_MS: "30" }),
      sender(mails, { SEND_DELAY_MS: "30" }),
    ]);
    const sent = await Promise.all(senders.map((s) => s.go()));
    // Both took part, and between them sent each mail once.
    expect(sent.every((count) => count > 0)).toBe(true);
    expect(sent[0]! + sent[1]!).toBe(ids.length);
    const files = (await mailFiles(mails)).map((eml) => eml.replaceAll(/=\r?\n/g, ""));
    expect(files).toHaveLength(ids.length);
    for (let i = 0; i < N; i++)
      expect(
        files.filter((eml) => eml.includes(`/two-processes-${i}\n`) || eml.endsWith(`/two-processes-${i}`)),
      ).toHaveLength(1);
    await inParent(async (db) => {
      expect(await db.prisma.mailOutbox.count({ where: { sentAt: null } })).toBe(0);
      const audits = await db.prisma.auditEvent.findMany({
        where: { action: "mail.send", entityId: { in: ids } },
        select: { entityId: true },
      });
      expect(audits).toHaveLength(ids.length);
      expect(new Set(audits.map((a) => a.entityId)).size).toBe(ids.length);
    });
  });
});
