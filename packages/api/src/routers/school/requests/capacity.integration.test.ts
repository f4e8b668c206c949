import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isoDate, today } from "../../../shared/dates.ts";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
});
afterAll(() => db.close());

describe("the capacity of a start moment", () => {
  it("is never overbooked by proposals accepted at the same time", async () => {
    const school = await db.prisma.organization.findFirstOrThrow({ where: { name: "ROC De Maasoever" } });
    const offer = await db.prisma.trainingOffer.findFirstOrThrow({
      where: {
        schoolOrganizationId: school.id,
        onDemand: false,
        starts: { some: { startsOn: { gte: new Date() } } },
      },
      include: { starts: { where: { startsOn: { gte: new Date() } }, take: 1 } },
    });
    const start = offer.starts[0]!;
    const taken = await db.prisma.trainingRequest.count({
      where: { trainingOfferId: offer.id, proposedStartDate: start.startsOn, status: "ACCEPTED" },
    });
    // One place left.
    await db.prisma.trainingOfferStart.update({ where: { id: start.id }, data: { capacity: taken + 1 } });
    const kinderrijk = await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } });
    const persons = await db.prisma.person.findMany({
      where: { employerOrganizationId: kinderrijk.id },
      take: 4,
    });
    const requests = await Promise.all(
      persons.map((p) =>
        db.prisma.trainingRequest.create({
          data: {
            employerOrganizationId: kinderrijk.id,
            schoolOrganizationId: school.id,
            personId: p.id,
            credentialId: offer.credentialId,
            learningRoute: offer.learningRoute,
          },
        }),
      ),
    );
    const clients = await Promise.all(
      requests.map(async (_, i) =>
        (await loggedInClient(db, "opleidingsadviseur@maasoever.demo", `capacity-${i}`)).call(),
      ),
    );
    expect(isoDate(start.startsOn) >= today()).toBe(true);
    const results = await Promise.allSettled(
      requests.map((r, i) =>
        clients[i]!.school.requests.acceptTraining({
          requestId: r.id,
          offerId: offer.id,
          startDate: isoDate(start.startsOn),
          schedule: "Dinsdag lesdag",
          priceCents: null,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const refused of results.filter((r) => r.status === "rejected"))
      expect((refused as PromiseRejectedResult).reason).toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining("plek"),
      });
    expect(
      await db.prisma.trainingRequest.count({
        where: { trainingOfferId: offer.id, proposedStartDate: start.startsOn, status: "ACCEPTED" },
      }),
    ).toBe(taken + 1);
  });
});
