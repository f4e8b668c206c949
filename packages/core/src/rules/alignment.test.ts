import { describe, expect, it } from "vitest";
import { childcareCatalog } from "../catalog/childcare/index.ts";
import { computeAlignment, type AlignmentOffer, type FunctionDemand } from "./alignment.ts";

const TODAY = "2026-11-23";
const align = (demand: FunctionDemand[], offers: AlignmentOffer[]) =>
  computeAlignment(childcareCatalog, demand, offers, TODAY);

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
    const [pm] = align([demand("pedagogisch-medewerker")], [offer("PMK"), offer("OIK")]);
    expect(pm).toMatchObject({ status: "covered", title: "Pedagogisch medewerker" });
    expect(pm!.offers.map((o) => o.credentialId)).toEqual(["PMK"]);
    expect(pm!.qualifyingCredentialIds).toEqual(["PMK", "GPM", "OA", "C0125", "C0123", "C0126"]);
    expect(pm!.missingCredentialIds).toEqual(["GPM", "OA", "C0125", "C0123", "C0126"]);
  });

  // cao Kinderopvang, bijlage kwalificatie-eisen (fcb.nl/kwalificatie-eisen), as the catalog holds it:
  // a pedagogisch medewerker holds a PMK or GPM diploma (or one of diplomagroep A1), an OA diploma with
  // C0125, or the three kinderopvang certificates C0125, C0123 and C0126; a beroepskracht in opleiding
  // is in a BBL enrolment for PMK or GPM with a signed POK. An offer leads to the function only when
  // completing it, alone or with the school's other offers in a route core plans, meets that (seed 003).
  it.each<[string, string, AlignmentOffer[], string[], [string, string][]]>([
    ["the PMK diploma alone", "pedagogisch-medewerker", [offer("PMK")], ["PMK"], []],
    [
      "one certificate of three: only a step on the way",
      "pedagogisch-medewerker",
      [offer("C0125", "DERDE_LEERWEG")],
      [],
      // The shortest planned routes through C0125: an OA diploma with it, or the two other certificates.
      [["C0125", "diploma OA"]],
    ],
    [
      "a certificate only the three-certificate route uses",
      "pedagogisch-medewerker",
      [offer("C0123", "DERDE_LEERWEG")],
      [],
      [["C0123", "C0125 en C0126"]],
    ],
    [
      "two certificates of three",
      "pedagogisch-medewerker",
      [offer("C0123", "DERDE_LEERWEG"), offer("C0126", "DERDE_LEERWEG")],
      [],
      [
        ["C0123", "C0125"],
        ["C0126", "C0125"],
      ],
    ],
    [
      "the three certificates together, a route core plans",
      "pedagogisch-medewerker",
      [offer("C0125", "DERDE_LEERWEG"), offer("C0123", "DERDE_LEERWEG"), offer("C0126", "DERDE_LEERWEG")],
      ["C0125", "C0123", "C0126"],
      [],
    ],
    [
      "a GPM diploma for the gespecialiseerd pm",
      "gespecialiseerd-pm",
      [offer("GPM"), offer("PMK")],
      ["GPM"],
      [],
    ],
    ["a PMK diploma does not make a gespecialiseerd pm", "gespecialiseerd-pm", [offer("PMK")], [], []],
    [
      "a BBL enrolment for the beroepskracht in opleiding",
      "beroepskracht-in-opleiding",
      [offer("PMK", "BBL")],
      ["PMK"],
      [],
    ],
    [
      "a derde-leerweg PMK for the beroepskracht in opleiding",
      "beroepskracht-in-opleiding",
      [offer("PMK", "DERDE_LEERWEG")],
      [],
      [],
    ],
  ])("%s", (_, functionId, offers, leading, contributing) => {
    const [coverage] = align([demand(functionId)], offers);
    expect(coverage!.offers.map((o) => o.credentialId)).toEqual(leading);
    expect(coverage!.contributing.map((c) => [c.offer.credentialId, c.stillMissing])).toEqual(contributing);
    expect(coverage!.status).toBe(leading.length > 0 ? "covered" : "gap");
  });

  it("marks a function needing a credential the school does not offer as a gap", () => {
    const [gpm] = align([demand("gespecialiseerd-pm")], [offer("PMK")]);
    expect(gpm).toMatchObject({ status: "gap", offers: [], missingCredentialIds: ["GPM"] });
  });

  it("lets only a BBL offer lead to the beroepskracht in opleiding", () => {
    const viaDerde = align([demand("beroepskracht-in-opleiding")], [offer("PMK", "DERDE_LEERWEG")]);
    expect(viaDerde[0]!.status).toBe("gap");
    const viaBbl = align([demand("beroepskracht-in-opleiding")], [offer("PMK", "BBL")]);
    expect(viaBbl[0]!.status).toBe("covered");
  });

  it("says a groepshulp needs no credential and an unknown function cannot be judged", () => {
    const result = align([demand("groepshulp"), demand("kok")], []);
    expect(result.map((r) => [r.functionId, r.status])).toEqual([
      ["kok", "unknown"],
      ["groepshulp", "no-credential"],
    ]);
  });

  it("lists gaps first, then the functions with the most open places and people", () => {
    const result = align(
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
