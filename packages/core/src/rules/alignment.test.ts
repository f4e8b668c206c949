import { describe, expect, it } from "vitest";
import { childcareCatalog } from "../catalog/childcare/index.ts";
import { computeAlignment, type AlignmentOffer, type FunctionDemand } from "./alignment.ts";

const demand = (functionId: string, people = 1, vacancies = 0): FunctionDemand => ({
  functionId,
  employers: 1,
  people,
  vacancies,
});
const offer = (
  credentialId: string,
  learningRoute: AlignmentOffer["learningRoute"] = "BBL",
): AlignmentOffer => ({
  id: `o-${credentialId}-${learningRoute}`,
  title: credentialId,
  credentialId,
  learningRoute,
});

describe("computeAlignment", () => {
  it("finds the offers leading to a function and the qualifying credentials the school does not offer", () => {
    const [pm] = computeAlignment(
      childcareCatalog,
      [demand("pedagogisch-medewerker")],
      [offer("PMK"), offer("OIK")],
    );
    expect(pm).toMatchObject({ status: "covered", title: "Pedagogisch medewerker" });
    expect(pm!.offers.map((o) => o.credentialId)).toEqual(["PMK"]);
    expect(pm!.qualifyingCredentialIds).toEqual(["PMK", "GPM", "OA", "C0125", "C0123", "C0126"]);
    expect(pm!.missingCredentialIds).toEqual(["GPM", "OA", "C0125", "C0123", "C0126"]);
  });

  it("counts a certificate as leading to the pedagogisch medewerker through the three-certificate route", () => {
    const [pm] = computeAlignment(
      childcareCatalog,
      [demand("pedagogisch-medewerker")],
      [offer("C0125", "DERDE_LEERWEG")],
    );
    expect(pm!.status).toBe("covered");
  });

  it("marks a function needing a credential the school does not offer as a gap", () => {
    const [gpm] = computeAlignment(childcareCatalog, [demand("gespecialiseerd-pm")], [offer("PMK")]);
    expect(gpm).toMatchObject({ status: "gap", offers: [], missingCredentialIds: ["GPM"] });
  });

  it("lets only a BBL offer lead to the beroepskracht in opleiding", () => {
    const viaDerde = computeAlignment(
      childcareCatalog,
      [demand("beroepskracht-in-opleiding")],
      [offer("PMK", "DERDE_LEERWEG")],
    );
    expect(viaDerde[0]!.status).toBe("gap");
    const viaBbl = computeAlignment(
      childcareCatalog,
      [demand("beroepskracht-in-opleiding")],
      [offer("PMK", "BBL")],
    );
    expect(viaBbl[0]!.status).toBe("covered");
  });

  it("says a groepshulp needs no credential and an unknown function cannot be judged", () => {
    const result = computeAlignment(childcareCatalog, [demand("groepshulp"), demand("kok")], []);
    expect(result.map((r) => [r.functionId, r.status])).toEqual([
      ["kok", "unknown"],
      ["groepshulp", "no-credential"],
    ]);
  });

  it("lists gaps first, then the functions with the most open places and people", () => {
    const result = computeAlignment(
      childcareCatalog,
      [
        demand("pedagogisch-medewerker", 5, 1),
        demand("beroepskracht-in-opleiding", 2, 3),
        demand("gespecialiseerd-pm", 1, 0),
      ],
      [offer("PMK", "BBL")],
    );
    expect(result.map((r) => r.functionId)).toEqual([
      "gespecialiseerd-pm",
      "beroepskracht-in-opleiding",
      "pedagogisch-medewerker",
    ]);
  });
});
