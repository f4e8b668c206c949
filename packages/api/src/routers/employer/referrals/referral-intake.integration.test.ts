import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loggedInClient } from "../../../test-client.ts";

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email)).call();

describe("the region's intake travels with the referral", () => {
  it("shows Kinderrijk Oksana's intake and advised route, and hires her with the values HR confirmed", async () => {
    const hr = await as("hr@kinderrijk.demo");
    const referral = (await hr.employer.referrals.list()).find((r) => r.candidate === "Oksana Kovalenko")!;
    expect(referral.intake).toMatchObject({
      availableFrom: "2027-01-04",
      hoursPerWeek: 24,
      languageLevel: "2F",
      experienceYears: 5,
      advisedRoute: {
        goalFunctionId: "pedagogisch-medewerker",
        routeId: "PMK:DERDE_LEERWEG",
        learningRoute: "DERDE_LEERWEG",
        durationMonths: 18,
      },
    });
    expect(referral.intake!.workProcesses).toHaveLength(2);

    // HR corrects the prefilled language level before confirming.
    const { personId } = await hr.employer.referrals.respond({
      referralId: referral.id,
      decision: "accept",
      functionId: "groepshulp",
      hoursPerWeek: 24,
      contractStart: "2027-01-04",
      languageLevel: "3F",
      languageSource: "Intake regioloket",
      experienceYears: 5,
    });
    const person = await db.prisma.person.findUniqueOrThrow({
      where: { id: personId! },
      include: { developmentPaths: true, employments: true },
    });
    expect(person.profile).toMatchObject({
      languageLevel: "3F",
      languageSource: "Intake regioloket",
      experienceYears: 5,
    });
    expect(person.employments[0]!.contractStart.toISOString().slice(0, 10)).toBe("2027-01-04");
    expect(person.developmentPaths).toEqual([
      expect.objectContaining({
        currentStep: 1,
        goalFunctionId: "pedagogisch-medewerker",
        chosenRoute: "PMK:DERDE_LEERWEG",
        learningRoute: "DERDE_LEERWEG",
      }),
    ]);
  });

  it("shows none of the intake without the consent to share, and refuses the hire", async () => {
    const wsp = await as("wsp@rijnmond.demo");
    const hr = await as("hr@kinderrijk.demo");
    const noor = (await wsp.region.candidates.list()).find((c) => c.name === "Noor de Graaf")!;
    const vacancy = (await wsp.region.referrals.matches({ candidateId: noor.id })).find(
      (m) => m.employer === "Kinderrijk",
    )!;
    const { id } = await wsp.region.referrals.send({
      candidateId: noor.id,
      vacancyId: vacancy.vacancyId,
      reason: "Woont dichtbij en wil op de BSO werken.",
      consentToShare: true,
    });
    const shared = (await hr.employer.referrals.list()).find((r) => r.id === id)!;
    expect(shared.intake).toMatchObject({ languageLevel: "2F", hoursPerWeek: 24, advisedRoute: null });

    await wsp.region.candidates.withdrawConsent({ candidateId: noor.id, purpose: "SHARE_WITH_EMPLOYER" });
    const withdrawn = (await hr.employer.referrals.list()).find((r) => r.id === id)!;
    expect(withdrawn.intake).toBeNull();
    expect(JSON.stringify(await hr.employer.referrals.list())).not.toContain("peuterspeelzaal");
    await expect(
      hr.employer.referrals.respond({
        referralId: id,
        decision: "accept",
        functionId: "groepshulp",
        hoursPerWeek: 24,
        contractStart: "2026-12-15",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("starts the path at step 1 without a goal when the region gave no advice", async () => {
    const wsp = await as("wsp@rijnmond.demo");
    const hr = await as("hr@kinderrijk.demo");
    const yusuf = (await wsp.region.candidates.list()).find((c) => c.name === "Yusuf Kaya")!;
    const vacancy = (await wsp.region.referrals.matches({ candidateId: yusuf.id })).find(
      (m) => m.employer === "Kinderrijk",
    )!;
    const { id } = await wsp.region.referrals.send({
      candidateId: yusuf.id,
      vacancyId: vacancy.vacancyId,
      reason: "Sportleider, wil op de BSO.",
      consentToShare: true,
    });
    const { personId } = await hr.employer.referrals.respond({
      referralId: id,
      decision: "accept",
      functionId: "groepshulp",
      hoursPerWeek: 32,
      contractStart: "2027-01-04",
    });
    const path = await db.prisma.developmentPath.findFirstOrThrow({ where: { personId: personId! } });
    expect(path).toMatchObject({ currentStep: 1, goalFunctionId: null, chosenRoute: null });
  });
});
