import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { childcareCatalog } from "../catalog/childcare/index.ts";
import { primaryEducationCatalog } from "../catalog/primary-education/index.ts";
import { rankVacancies, type MatchCandidate, type MatchVacancy } from "./matching.ts";

const samira: MatchCandidate = {
  city: "Rotterdam",
  postcodeArea: "3024",
  hoursPerWeek: 24,
  availableFrom: "2026-11-01",
  locationTypes: ["KDV"],
};
const vacancy = (v: Partial<MatchVacancy> & { id: string }): MatchVacancy => ({
  functionId: "groepshulp",
  hoursPerWeek: 24,
  city: "Rotterdam",
  postalCode: "3024 AB",
  locationType: "KDV",
  closesOn: null,
  ...v,
});

describe("rankVacancies", () => {
  it("puts the groepshulp vacancy nearby with the right hours and location type first, with reasons", () => {
    const ranked = rankVacancies(childcareCatalog, samira, [
      vacancy({ id: "pm-babygroep", functionId: "pedagogisch-medewerker", hoursPerWeek: 28 }),
      vacancy({
        id: "bso-elsewhere",
        city: "Schiedam",
        postalCode: "3114 XX",
        locationType: "BSO",
        hoursPerWeek: 20,
      }),
      vacancy({ id: "kdv-delfshaven" }),
    ]);
    expect(ranked.map((m) => m.vacancyId)).toEqual(["kdv-delfshaven", "pm-babygroep", "bso-elsewhere"]);
    expect(ranked[0]!.reasons.every((r) => r.fits)).toBe(true);
    expect(ranked[0]!.reasons.map((r) => r.text)).toContain("Zelfde postcodegebied (3024)");
    expect(ranked[2]!.reasons.filter((r) => !r.fits).map((r) => r.text)).toEqual([
      "Andere plaats (Schiedam)",
      "BSO staat niet bij de voorkeuren",
    ]);
  });

  it("counts against a vacancy that closes before the candidate can start", () => {
    const [late, open] = rankVacancies(childcareCatalog, { ...samira, availableFrom: "2027-02-01" }, [
      vacancy({ id: "closes", closesOn: "2027-01-15" }),
      vacancy({ id: "open" }),
    ]).toSorted((a, b) => a.vacancyId.localeCompare(b.vacancyId));
    expect(open!.score - late!.score).toBe(3);
    expect(open!.reasons.find((r) => r.text.startsWith("Beschikbaar"))?.text).toBe(
      "Beschikbaar vanaf 1-2-2027",
    );
    expect(late!.reasons.find((r) => !r.fits)?.text).toBe("Pas beschikbaar na de sluitingsdatum (15-1-2027)");
  });

  it("reads the entry function from the sector's catalog", () => {
    const [first, second] = rankVacancies(primaryEducationCatalog, samira, [
      vacancy({ id: "oa", functionId: "onderwijsassistent" }),
      vacancy({ id: "ka", functionId: "klassenassistent" }),
    ]);
    expect(first!.vacancyId).toBe("ka");
    expect(first!.reasons[0]).toEqual({
      fits: true,
      text: "Klassenassistent: begin van het Ontwikkelpad, geen diploma nodig",
    });
    expect(second!.reasons[0]).toEqual({
      fits: false,
      text: "Vraagt een kwalificatie: eerst via klassenassistent of een BBL-opleiding",
    });
  });

  it("says what is unknown instead of guessing", () => {
    const [m] = rankVacancies(
      childcareCatalog,
      { city: null, postcodeArea: null, hoursPerWeek: null, availableFrom: null, locationTypes: [] },
      [vacancy({ id: "v" })],
    );
    expect(m!.reasons.filter((r) => !r.fits).map((r) => r.text)).toEqual([
      "Andere plaats (Rotterdam)",
      "Gewenste uren niet bekend",
      "Beschikbaarheid niet bekend",
    ]);
  });

  it("property: every vacancy once, best score first, and the order does not depend on the input order", () => {
    const vacancyArb = fc.record({
      id: fc.uuid(),
      functionId: fc.constantFrom("groepshulp", "pedagogisch-medewerker"),
      hoursPerWeek: fc.integer({ min: 8, max: 36 }),
      city: fc.constantFrom("Rotterdam", "Schiedam", null),
      postalCode: fc.constantFrom("3024 AB", "3011 CD", "3114 EF", null),
      locationType: fc.constantFrom("KDV", "BSO", "PEUTEROPVANG", null),
      closesOn: fc.constantFrom("2026-12-31", "2027-03-01", null),
    });
    fc.assert(
      fc.property(fc.uniqueArray(vacancyArb, { selector: (v) => v.id, maxLength: 8 }), (vacancies) => {
        const ranked = rankVacancies(childcareCatalog, samira, vacancies);
        expect(ranked.map((m) => m.vacancyId).toSorted()).toEqual(vacancies.map((v) => v.id).toSorted());
        for (let i = 1; i < ranked.length; i++)
          expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
        expect(rankVacancies(childcareCatalog, samira, vacancies.toReversed())).toEqual(ranked);
      }),
    );
  });
});
