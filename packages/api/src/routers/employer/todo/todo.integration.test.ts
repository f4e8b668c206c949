import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
});
afterAll(() => db.close());

const listAs = async (email: string) =>
  (await (await loggedInClient(db, email, `todo-${email}`)).call()).employer.todo.list();

describe("to-do list", () => {
  // Zonnebloem has signed ratings awaiting a co-signature (its class learners): Kinderrijk's
  // leidinggevende must not be asked to co-sign them.
  it.each(["hr@kinderrijk.demo", "praktijkopleider@kinderrijk.demo", "leidinggevende@kinderrijk.demo"])(
    "holds only the organization's own people for %s",
    async (email) => {
      const kinderrijk = await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } });
      const zonnebloem = await db.prisma.organization.findFirstOrThrow({
        where: { name: "Kinderopvang Zonnebloem" },
      });
      expect(
        await db.prisma.evidence.count({
          where: {
            person: { employerOrganizationId: zonnebloem.id },
            signedAt: { not: null },
            coSignedAt: null,
          },
        }),
      ).toBeGreaterThan(0);

      const items = await listAs(email);
      const personIds = items.flatMap((item) => (item.personId ? [item.personId] : []));
      const foreign = await db.prisma.person.findMany({
        where: { id: { in: personIds }, NOT: { employerOrganizationId: kinderrijk.id } },
        select: { givenName: true, familyName: true },
      });
      expect(foreign).toEqual([]);
    },
  );

  it("asks the leidinggevende to co-sign Kinderrijk's signed ratings", async () => {
    const items = await listAs("leidinggevende@kinderrijk.demo");
    expect(items.filter((item) => item.kind === "coSign").length).toBeGreaterThan(0);
  });
});
