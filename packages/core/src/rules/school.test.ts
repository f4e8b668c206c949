import { describe, expect, it } from "vitest";
import { childcareCatalog } from "../catalog/childcare/index.ts";
import {
  assessOfferAvailability,
  findCredentialCrebo,
  isRecognisedFor,
  missingRecognitionMessages,
  trainingProposalProblems,
  type RecognitionFacts,
  offerFitsPlan,
  type PlanForOffers,
} from "./school.ts";

describe("findCredentialCrebo", () => {
  it("gives the crebo of the qualification each kind of credential belongs to", () => {
    expect(findCredentialCrebo(childcareCatalog, "PMK")).toBe("25696");
    expect(findCredentialCrebo(childcareCatalog, "C0125")).toBe("25696");
    expect(findCredentialCrebo(childcareCatalog, "pv-helpende-zorg-welzijn")).toBe("25498");
    expect(findCredentialCrebo(childcareCatalog, "onbekend")).toBeNull();
  });
});

describe("isRecognisedFor", () => {
  const active: RecognitionFacts = {
    crebo: "25498",
    learningRoute: "DERDE_LEERWEG",
    status: "ACTIVE",
    recognisedFrom: "2023-09-01",
    endedOn: null,
  };
  it.each([
    ["an active recognition for the crebo", [active], "25498", "2026-11-01", true],
    ["another crebo", [active], "25696", "2026-11-01", false],
    ["a date before the recognition", [active], "25498", "2023-08-31", false],
    ["an expired recognition", [{ ...active, status: "EXPIRED" as const }], "25498", "2026-11-01", false],
    ["a requested recognition", [{ ...active, status: "REQUESTED" as const }], "25498", "2026-11-01", false],
    ["a recognition that ended", [{ ...active, endedOn: "2026-01-01" }], "25498", "2026-11-01", false],
    ["no recognitions", [], "25498", "2026-11-01", false],
    ["another leerweg", [{ ...active, learningRoute: "BBL" as const }], "25498", "2026-11-01", false],
  ])("%s", (_, recognitions, crebo, asOf, expected) => {
    expect(isRecognisedFor(recognitions, crebo, "DERDE_LEERWEG", asOf)).toBe(expected);
  });
});

describe("trainingProposalProblems", () => {
  const availability = assessOfferAvailability(
    {
      onDemand: false,
      maxConcurrentLearners: null,
      concurrentLearners: 0,
      starts: [{ startsOn: "2027-02-01", capacity: 2, taken: 0 }],
    },
    "2026-12-01",
  );
  const proposal = {
    requestedCredentialId: "PMK",
    offerCredentialId: "PMK",
    startDate: "2027-02-01",
    availability,
    onDemand: false,
  };
  it("accepts an offer for the requested credential starting later", () => {
    expect(trainingProposalProblems(childcareCatalog, proposal, "2026-12-01")).toEqual([]);
  });
  it("refuses an offer for another credential and a start in the past", () => {
    const problems = trainingProposalProblems(
      childcareCatalog,
      { ...proposal, offerCredentialId: "C0125", startDate: "2026-11-30" },
      "2026-12-01",
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain("Pedagogisch medewerker");
    expect(problems[1]).toContain("startdatum");
  });
});

describe("trainingProposalProblems and start moments", () => {
  it("refuses a start that is not one of the offer's open start moments", () => {
    const availability = assessOfferAvailability(
      {
        onDemand: false,
        maxConcurrentLearners: null,
        concurrentLearners: 0,
        starts: [{ startsOn: "2027-02-01", capacity: 1, taken: 1 }],
      },
      "2026-12-01",
    );
    const base = { requestedCredentialId: "PMK", offerCredentialId: "PMK", availability, onDemand: false };
    expect(
      trainingProposalProblems(childcareCatalog, { ...base, startDate: "2027-02-01" }, "2026-12-01"),
    ).toEqual(["Kies een startmoment van het aanbod dat nog plek heeft."]);
  });
});

describe("assessOfferAvailability", () => {
  const base = { onDemand: false, maxConcurrentLearners: null, concurrentLearners: 0 };
  it("never counts a past or full start moment", () => {
    const result = assessOfferAvailability(
      {
        ...base,
        starts: [
          { startsOn: "2026-09-01", capacity: 20, taken: 0 },
          { startsOn: "2027-02-01", capacity: 2, taken: 2 },
          { startsOn: "2027-09-01", capacity: 2, taken: 1 },
        ],
      },
      "2026-12-01",
    );
    expect(result.open).toBe(true);
    expect(result.openStarts.map((s) => s.startsOn)).toEqual(["2027-09-01"]);
  });
  it.each([
    [
      "only full start moments",
      [{ startsOn: "2027-02-01", capacity: 1, taken: 1 }],
      "Alle startmomenten zijn vol.",
    ],
    [
      "only past start moments",
      [{ startsOn: "2026-02-01", capacity: 9, taken: 0 }],
      "Er is geen startmoment meer",
    ],
    ["no start moments", [], "Er is geen startmoment meer"],
  ])("is closed with %s", (_, starts, reason) => {
    const result = assessOfferAvailability({ ...base, starts }, "2026-12-01");
    expect(result.open).toBe(false);
    expect(result.reason).toContain(reason);
  });
  it("takes learners on demand until the maximum at the same time", () => {
    const onDemand = { onDemand: true, maxConcurrentLearners: 3, starts: [] };
    expect(assessOfferAvailability({ ...onDemand, concurrentLearners: 2 }, "2026-12-01").open).toBe(true);
    expect(assessOfferAvailability({ ...onDemand, concurrentLearners: 3 }, "2026-12-01").open).toBe(false);
    expect(
      assessOfferAvailability(
        { ...onDemand, maxConcurrentLearners: null, concurrentLearners: 99 },
        "2026-12-01",
      ).open,
    ).toBe(true);
  });
});

describe("offerFitsPlan", () => {
  const route = { steps: [{ credentialId: "C0125" }, { credentialId: "PMK" }] };
  it.each<[string, { credentialId: string; open: boolean }, PlanForOffers, boolean]>([
    [
      "an open offer for a step of the route",
      { credentialId: "PMK", open: true },
      { route, goalCredentialId: null },
      true,
    ],
    [
      "a full or past offer never fits",
      { credentialId: "PMK", open: false },
      { route, goalCredentialId: null },
      false,
    ],
    [
      "an offer for no step of the route",
      { credentialId: "GPM", open: true },
      { route, goalCredentialId: null },
      false,
    ],
    [
      "the route decides, not the goal beside it",
      { credentialId: "GPM", open: true },
      { route, goalCredentialId: "GPM" },
      false,
    ],
    [
      "without a route: the path's goal credential",
      { credentialId: "GPM", open: true },
      { route: null, goalCredentialId: "GPM" },
      true,
    ],
    [
      "without a route: another credential",
      { credentialId: "PMK", open: true },
      { route: null, goalCredentialId: "GPM" },
      false,
    ],
    [
      "neither a route nor a goal credential",
      { credentialId: "PMK", open: true },
      { route: null, goalCredentialId: null },
      false,
    ],
  ])("%s", (_, offer, plan, fits) => {
    expect(offerFitsPlan(offer, plan)).toBe(fits);
  });
});

describe("missingRecognitionMessages", () => {
  const missing = {
    employerName: "Kinderrijk",
    credentialTitle: "Pedagogisch medewerker kinderopvang",
    crebo: "25696",
    learningRoute: "BBL" as const,
  };
  it.each<[string, string | null, RegExp, RegExp]>([
    [
      "names the location where the learner works",
      "De Ontdekkers",
      /^Kinderrijk heeft geen SBB-erkenning .* \(crebo 25696, BBL\)\. .*vraag de werkgever/,
      /^Jouw organisatie heeft geen SBB-erkenning .* \(crebo 25696, BBL\)\. .*vraag haar aan bij SBB voor locatie De Ontdekkers/,
    ],
    [
      "asks for the organisation's recognition without a location",
      null,
      /crebo 25696, BBL/,
      /vraag haar aan bij SBB en leg haar daarna vast onder Organisatie\.$/,
    ],
  ])("%s", (_, locationName, school, employer) => {
    const messages = missingRecognitionMessages({ ...missing, locationName });
    expect(messages.school).toMatch(school);
    expect(messages.employer).toMatch(employer);
  });
});
