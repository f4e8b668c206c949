import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInClient } from "../../test-client.ts";

let db: Database;
let kinderrijkId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  kinderrijkId = (await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } })).id;
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `held-${email}`)).call();
const hr = () => as("hr@kinderrijk.demo");
const personNamed = (givenName: string) => db.prisma.person.findFirstOrThrow({ where: { givenName } });
const functionOf = async (email: string, personId: string, functionId: string) =>
  (await (await as(email)).employer.persons.get({ personId })).functions.find(
    (f) => f.functionId === functionId,
  )!;
const audits = (action: string) =>
  db.prisma.auditEvent.count({ where: { action, organizationId: kinderrijkId } });

describe("what the demo's people hold", () => {
  it("shows the qualified staff as qualified on the person page, the team list and the dashboard", async () => {
    const eva = await personNamed("Eva");
    expect((await functionOf("hr@kinderrijk.demo", eva.id, "pedagogisch-medewerker")).mayFill).toBe(true);
    const team = await (await hr()).employer.persons.list();
    const staff = team.filter((p) => p.functionTitle === "Pedagogisch medewerker");
    expect(staff.length).toBeGreaterThan(0);
    expect(staff.every((p) => p.mayWork === true)).toBe(true);
    // Only Bram, whose registration in the Personenregister Kinderopvang is not linked yet, does not count.
    const bram = team.find((p) => p.name === "Bram Hendriks")!;
    expect(bram).toMatchObject({ mayWork: false, mayWorkRefusal: "NOT_IN_PERSONENREGISTER" });
    expect(team.filter((p) => p.mayWork === false)).toEqual([bram]);
    const dashboard = await (await hr()).employer.dashboard.get();
    expect(dashboard.staffing.find((l) => l.name === bram.location)?.notAllowed).toBe(1);
    expect(dashboard.staffing.reduce((sum, l) => sum + l.notAllowed, 0)).toBe(1);
    expect(dashboard.staffing.reduce((sum, l) => sum + l.qualified, 0)).toBe(staff.length);
  });

  it("does not let a groepshulp without schooling work as a learner", async () => {
    const ellen = await personNamed("Ellen");
    for (const functionId of ["beroepskracht-in-opleiding", "pm-in-ontwikkeling"]) {
      const fn = await functionOf("hr@kinderrijk.demo", ellen.id, functionId);
      expect(fn.mayFill).toBe(false);
      expect(fn.explanation).toContain("nog nodig");
    }
  });

  it("lets a BBL learner with a signed POK work as beroepskracht in opleiding", async () => {
    const kevin = await personNamed("Kevin");
    expect((await functionOf("hr@zonnebloem.demo", kevin.id, "beroepskracht-in-opleiding")).mayFill).toBe(
      true,
    );
  });
});

describe("employer.heldCredentials", () => {
  it("records another diploma and the person facts; the rules take them into account, with audit events", async () => {
    const c = await hr();
    const ellen = await personNamed("Ellen");
    expect((await functionOf("hr@kinderrijk.demo", ellen.id, "pedagogisch-medewerker")).mayFill).toBe(false);
    const before = await audits("heldCredential.add");
    const { id } = await c.employer.heldCredentials.add({
      personId: ellen.id,
      kind: "OTHER_DIPLOMA",
      title: "Bachelor Pedagogiek",
      educationLevel: "hbo",
      diplomaGroup: "A1",
      issuedOn: "2018-06-30",
      institution: "Hogeschool Rotterdam",
      note: "Kopie in het personeelsdossier.",
    });
    expect(await audits("heldCredential.add")).toBe(before + 1);
    await c.employer.heldCredentials.updateFacts({
      personId: ellen.id,
      languageLevel: "B2",
      languageSource: "Staatsexamen NT2 programma II",
      vogRegistered: true,
      babyscholing: false,
      experienceYears: 2,
    });
    expect(await audits("person.updateFacts")).toBeGreaterThan(0);
    const list = await c.employer.heldCredentials.list({ personId: ellen.id });
    expect(list.facts).toMatchObject({
      languageLevel: "B2",
      languageSource: "Staatsexamen NT2 programma II",
    });
    expect(list.items.find((i) => i.id === id)).toMatchObject({
      provenance: "DECLARED_BY_EMPLOYER",
      kind: "OTHER_DIPLOMA",
      title: "Bachelor Pedagogiek",
      institution: "Hogeschool Rotterdam",
    });
    // Ellen works at De Boomhut, which has a baby group: without babyscholing she may not work there as PM.
    const withoutBabyscholing = await functionOf("hr@kinderrijk.demo", ellen.id, "pedagogisch-medewerker");
    expect(withoutBabyscholing.mayFill).toBe(false);
    expect(withoutBabyscholing.explanation).toContain("babyscholing (werkt met 0-jarigen)");
    await c.employer.heldCredentials.updateFacts({
      personId: ellen.id,
      languageLevel: "B2",
      languageSource: "Staatsexamen NT2 programma II",
      vogRegistered: true,
      babyscholing: true,
      experienceYears: 2,
    });
    expect((await functionOf("hr@kinderrijk.demo", ellen.id, "pedagogisch-medewerker")).mayFill).toBe(true);

    await c.employer.heldCredentials.archive({ heldCredentialId: id, reason: "Verkeerde persoon" });
    expect(
      (await c.employer.heldCredentials.list({ personId: ellen.id })).items.some((i) => i.id === id),
    ).toBe(false);
    expect((await functionOf("hr@kinderrijk.demo", ellen.id, "pedagogisch-medewerker")).mayFill).toBe(false);
  });

  it("shows credentials a school issued, which the employer cannot remove", async () => {
    const c = await hr();
    const anyIssued = await db.prisma.issuedCredential.findFirstOrThrow({
      where: { person: { employerOrganizationId: kinderrijkId } },
    });
    const list = await c.employer.heldCredentials.list({ personId: anyIssued.personId });
    expect(list.items.find((i) => i.id === anyIssued.id)).toMatchObject({ provenance: "ISSUED_BY_SCHOOL" });
    await expect(
      c.employer.heldCredentials.archive({ heldCredentialId: anyIssued.id, reason: "Bestaat niet" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it.each([
    [
      "an unknown diplomagroep",
      { kind: "OTHER_DIPLOMA", title: "Mbo Sport", educationLevel: "mbo-4", diplomaGroup: "Z9" },
      "Onbekende diplomagroep: Z9",
    ],
    [
      "a catalog credential that does not exist",
      { kind: "CERTIFICATE", credentialId: "C9999" },
      "Kies een diploma",
    ],
    ["another diploma without a level", { kind: "OTHER_DIPLOMA", title: "Mbo Sport" }, "Kies het niveau"],
    [
      "a date in the future",
      { kind: "DIPLOMA", credentialId: "PMK", issuedOn: "2099-06-30" },
      "in de toekomst",
    ],
    [
      "an implausible date",
      { kind: "DIPLOMA", credentialId: "PMK", issuedOn: "0000-06-30" },
      "Controleer het jaartal",
    ],
  ])("refuses %s with a Dutch message", async (_name, over, message) => {
    const milan = await personNamed("Milan");
    await expect(
      (await hr()).employer.heldCredentials.add({
        personId: milan.id,
        issuedOn: "2020-06-30",
        institution: "Albeda",
        ...over,
      } as Parameters<Awaited<ReturnType<typeof hr>>["employer"]["heldCredentials"]["add"]>[0]),
    ).rejects.toThrow(message);
  });

  it("keeps another employer out", async () => {
    const milan = await personNamed("Milan");
    const other = await as("hr@zonnebloem.demo");
    await expect(other.employer.heldCredentials.list({ personId: milan.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const held = await db.prisma.heldCredential.findFirstOrThrow({
      where: { employerOrganizationId: kinderrijkId },
    });
    await expect(
      other.employer.heldCredentials.archive({ heldCredentialId: held.id, reason: "Niet van ons" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
