import { describe, expect, it } from "vitest";
import { childcareCatalog } from "../catalog/childcare/index.ts";
import {
  findCredential,
  isRecognisedFor,
  trainingProposalProblems,
  type RecognitionFacts,
} from "./school.ts";

describe("findCredential", () => {
  it("gives each kind of credential with the crebo of its qualification", () => {
    expect(findCredential(childcareCatalog, "PMK")).toMatchObject({ kind: "diploma", crebo: "25696" });
    expect(findCredential(childcareCatalog, "C0125")).toMatchObject({ kind: "certificate", crebo: "25696" });
    expect(findCredential(childcareCatalog, "pv-helpende-zorg-welzijn")).toMatchObject({
      kind: "praktijkverklaring",
      crebo: "25498",
    });
    expect(findCredential(childcareCatalog, "onbekend")).toBeUndefined();
  });
});

describe("isRecognisedFor", () => {
  const active: RecognitionFacts = {
    crebo: "25498",
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
  ])("%s", (_, recognitions, crebo, asOf, expected) => {
    expect(isRecognisedFor(recognitions, crebo, asOf)).toBe(expected);
  });
});

describe("trainingProposalProblems", () => {
  const proposal = { requestedCredentialId: "PMK", offerCredentialId: "PMK", startDate: "2027-02-01" };
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
