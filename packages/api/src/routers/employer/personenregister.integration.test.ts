import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "../../shared/dates.ts";
import { loggedInClient } from "../../test-client.ts";

/**
 * Wet kinderopvang art. 1.50 and 1.56b: nobody works with children before registration in the
 * Personenregister Kinderopvang with a linked VOG. The team list, the person page and the dashboard's
 * staffing (today and projected) follow core's refusal.
 */
let db: Database;
let kinderrijkId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  kinderrijkId = (await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } })).id;
});
afterAll(() => db.close());

const hr = async () => (await loggedInClient(db, "hr@kinderrijk.demo", "personenregister")).call();
const REFUSAL = "Niet ingeschreven in het Personenregister Kinderopvang met gekoppelde VOG";
const locationNamed = (name: string) =>
  db.prisma.location.findFirstOrThrow({ where: { employerOrganizationId: kinderrijkId, name } });
const staffingAt = async (name: string) =>
  (await (await hr()).employer.dashboard.get()).staffing.find((l) => l.name === name)!;
const setVog = async (personId: string, vogRegistered: boolean) => {
  const c = await hr();
  const { facts } = await c.employer.heldCredentials.list({ personId });
  await c.employer.heldCredentials.updateFacts({ personId, ...facts, vogRegistered });
};

describe("no work with children without the Personenregister Kinderopvang", () => {
  it("shows a new groepshulp without the registration as 'mag niet werken', with the reason, and not in the staffing", async () => {
    const c = await hr();
    const boomhut = await locationNamed("KDV De Boomhut");
    const before = await staffingAt("KDV De Boomhut");
    const { id } = await c.employer.persons.create({
      kind: "STAFF",
      givenName: "Fenna",
      familyName: "Nieuw",
      functionId: "groepshulp",
      locationId: boomhut.id,
      hoursPerWeek: 24,
      contractStart: today(),
    });

    const listed = (await c.employer.persons.list()).find((p) => p.id === id)!;
    expect(listed).toMatchObject({
      mayWork: false,
      mayWorkRefusal: "NOT_IN_PERSONENREGISTER",
      mayWorkExplanation: `Groepshulp: ${REFUSAL}`,
    });
    const page = await c.employer.persons.get({ personId: id });
    expect(page.functions.length).toBeGreaterThan(0);
    for (const fn of page.functions)
      expect(fn).toMatchObject({ mayFill: false, refusal: "NOT_IN_PERSONENREGISTER" });
    const after = await staffingAt("KDV De Boomhut");
    expect(after.notAllowed).toBe(before.notAllowed + 1);
    expect(after.qualified).toBe(before.qualified);

    await setVog(id, true);
    expect((await c.employer.persons.list()).find((p) => p.id === id)).toMatchObject({
      mayWork: true,
      mayWorkRefusal: null,
    });
    expect((await staffingAt("KDV De Boomhut")).notAllowed).toBe(before.notAllowed);
  });

  it("drops a qualified pedagogisch medewerker from the staffing count while the registration is missing", async () => {
    const eva = await db.prisma.person.findFirstOrThrow({
      where: { givenName: "Eva", employerOrganizationId: kinderrijkId },
    });
    const before = await staffingAt("KDV De Boomhut");
    await setVog(eva.id, false);
    const listed = (await (await hr()).employer.persons.list()).find((p) => p.id === eva.id)!;
    expect(listed).toMatchObject({ mayWork: false, mayWorkRefusal: "NOT_IN_PERSONENREGISTER" });
    const after = await staffingAt("KDV De Boomhut");
    expect(after.qualified).toBe(before.qualified - 1);
    expect(after.notAllowed).toBe(before.notAllowed + 1);
    await setVog(eva.id, true);
    expect((await staffingAt("KDV De Boomhut")).qualified).toBe(before.qualified);
  });

  it("does not project a person on a path into the staffing when the registration is missing: a diploma brings no registration", async () => {
    const milan = await db.prisma.person.findFirstOrThrow({
      where: { givenName: "Milan", employerOrganizationId: kinderrijkId },
    });
    const location = await db.prisma.location.findUniqueOrThrow({
      where: {
        id: (await db.prisma.employment.findFirstOrThrow({ where: { personId: milan.id } })).locationId!,
      },
    });
    const registered = (await staffingAt(location.name)).projection.at(-1)!;
    await setVog(milan.id, false);
    const unregistered = (await staffingAt(location.name)).projection.at(-1)!;
    expect(unregistered.qualified).toBe(registered.qualified - 1);
    await setVog(milan.id, true);
  });
});
