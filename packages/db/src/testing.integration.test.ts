import { describe, expect, it } from "vitest";
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

  it("closes the database so it no longer answers", async () => {
    const db = await createTestDatabase();
    await db.close();
    await expect(db.ping()).rejects.toThrow(/closed|after calling end/i);
  });
});
