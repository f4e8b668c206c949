import { describe, expect, it } from "vitest";
import { DEMO_LOGINS, seedDemo } from "./seed/demo.ts";
import { createTestDatabase } from "./testing.ts";

describe("createTestDatabase", () => {
  it("gives every caller its own migrated, empty database", async () => {
    const [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    try {
      await first.prisma.organization.create({ data: { kind: "SCHOOL", name: "ROC Eén" } });
      expect(await first.prisma.organization.count()).toBe(1);
      expect(await second.prisma.organization.count()).toBe(0);
      await second.ping();
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it("gives every caller asking for the demo its own copy of the seeded demo", async () => {
    const [first, second] = await Promise.all([
      createTestDatabase({ demo: true }),
      createTestDatabase({ demo: true }),
    ]);
    try {
      expect(await seedDemo(first.prisma)).toEqual({ seeded: false });
      const emails = (await first.prisma.user.findMany({ select: { email: true } })).map((u) => u.email);
      expect(emails).toEqual(expect.arrayContaining(DEMO_LOGINS.map((login) => login.email)));
      const organizations = await second.prisma.organization.count();
      await first.prisma.organization.create({ data: { kind: "SCHOOL", name: "ROC Eén" } });
      expect(await first.prisma.organization.count()).toBe(organizations + 1);
      expect(await second.prisma.organization.count()).toBe(organizations);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it("closes the database so it no longer answers", async () => {
    const db = await createTestDatabase();
    await db.close();
    await expect(db.ping()).rejects.toThrow(/closed|after calling end/i);
  });
});
