import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "../../../shared/dates.ts";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `offers-${email}`)).call();
const advisor = () => as("opleidingsadviseur@maasoever.demo");
const milanId = async () => (await db.prisma.person.findFirstOrThrow({ where: { givenName: "Milan" } })).id;
const wizardOffer = async (offerId: string) =>
  (await (await as("hr@kinderrijk.demo")).employer.paths.get({ personId: await milanId() })).offers.find(
    (o) => o.id === offerId,
  );
const nextYear = (month: string) => `${Number(today().slice(0, 4)) + 1}-${month}-01`;

const pmkOffer = {
  title: "Pedagogisch medewerker (BBL, kleine groep)",
  credentialId: "PMK",
  learningRoute: "BBL" as const,
  format: "ON_SITE" as const,
  durationWeeks: 104,
  hoursPerWeek: 8,
  priceCents: 260_000,
  onDemand: false,
  maxConcurrentLearners: null,
  starts: [{ startsOn: nextYear("03"), capacity: 1 }],
  regionCodes: ["AM22"],
  locations: ["Rotterdam"],
  contact: "Ingrid Bakker",
};

describe("scholingsaanbod", () => {
  it("lists the seeded offers with start moments, and workplace trajectories on demand", async () => {
    const offers = await (await advisor()).school.offers.list();
    const pmk = offers.find((o) => o.credentialId === "PMK")!;
    expect(pmk.starts).toEqual([{ startsOn: "2027-02-01", capacity: 25, taken: 0 }]);
    expect(pmk.regionCodes).toEqual(["AM22"]);
    expect(offers.find((o) => o.credentialId === "pv-helpende-zorg-welzijn")).toMatchObject({
      onDemand: true,
      closedReason: null,
    });
  });

  it("validates an offer and leaves its management to the opleidingsadviseur", async () => {
    await expect((await advisor()).school.offers.save({ ...pmkOffer, starts: [] })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("startmoment"),
    });
    await expect(
      (await advisor()).school.offers.save({ ...pmkOffer, regionCodes: ["XX99"] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("regio") });
    await expect((await as("docent@maasoever.demo")).school.offers.save(pmkOffer)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("shows a published offer to employers in its regions only, and never a full start as the best fit", async () => {
    const c = await advisor();
    const { id } = await c.school.offers.save(pmkOffer);
    expect(await wizardOffer(id)).toBeUndefined();
    await c.school.offers.publish({ offerId: id, published: true });
    expect(await wizardOffer(id)).toMatchObject({
      fitsPlan: true,
      available: true,
      startDate: nextYear("03"),
    });

    // The one place goes to Milan: the start moment is full.
    const request = await db.prisma.trainingRequest.findFirstOrThrow({
      where: { personId: await milanId(), status: "SUBMITTED" },
    });
    await c.school.requests.acceptTraining({
      requestId: request.id,
      offerId: id,
      startDate: nextYear("03"),
      schedule: "Woensdag lesdag",
      priceCents: 260_000,
    });
    expect(await wizardOffer(id)).toMatchObject({ fitsPlan: false, available: false, startDate: null });
    expect((await c.school.offers.get({ offerId: id })).closedReason).toBe("Alle startmomenten zijn vol.");

    // The start with a learner stays; a new start moment opens the offer again.
    await expect(
      c.school.offers.save({
        ...pmkOffer,
        offerId: id,
        starts: [],
        onDemand: true,
        maxConcurrentLearners: 5,
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("al 1 deelnemer"),
    });
    await c.school.offers.save({
      ...pmkOffer,
      offerId: id,
      starts: [...pmkOffer.starts, { startsOn: nextYear("09"), capacity: 12 }],
    });
    expect(await wizardOffer(id)).toMatchObject({ fitsPlan: true, startDate: nextYear("09") });

    await c.school.offers.save({
      ...pmkOffer,
      offerId: id,
      regionCodes: ["AM18"],
      starts: [...pmkOffer.starts, { startsOn: nextYear("09"), capacity: 12 }],
    });
    expect(await wizardOffer(id)).toBeUndefined();
    await c.school.offers.save({
      ...pmkOffer,
      offerId: id,
      starts: [...pmkOffer.starts, { startsOn: nextYear("09"), capacity: 12 }],
    });
    await c.school.offers.publish({ offerId: id, published: false });
    expect(await wizardOffer(id)).toBeUndefined();
    // Created, published, saved three times, withdrawn: the refused save left no trace.
    expect(
      await db.prisma.auditEvent.count({ where: { entityId: id, action: { startsWith: "trainingOffer." } } }),
    ).toBe(6);
  });

  it("refuses another school's offer by id", async () => {
    const offer = await db.prisma.trainingOffer.findFirstOrThrow({ where: { credentialId: "PMK" } });
    const other = await as("opleidingsadviseur@hofstad.demo");
    await expect(other.school.offers.get({ offerId: offer.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.school.offers.publish({ offerId: offer.id, published: false })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(other.school.offers.save({ ...pmkOffer, offerId: offer.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
