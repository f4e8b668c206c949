import { describe, expect, it } from "vitest";
import { childcareCatalog as catalog } from "../catalog/childcare/index.ts";
import { checkFundingEligibility, type FundingContext } from "./funding.ts";

const base: FundingContext = {
  date: "2026-11-23",
  employer: { kind: "kinderdagverblijf", recognisedTrainingCompany: true, grantedThisYear: {} },
  person: {
    contractHoursPerWeek: 36,
    contractStart: "2026-01-01",
    contractEnd: null,
    deployedFormatively: false,
    grantedInstruments: ["praktijkleren-derde-leerweg"],
  },
  path: { learningRoute: "DERDE_LEERWEG", trainingStart: "2026-02-01", pokSignedOn: "2026-01-25" },
};
const groepshulp = (ctx: FundingContext) =>
  checkFundingEligibility(catalog, ctx).find((o) => o.instrumentId === "subsidie-groepshulpen")!;

describe("checkFundingEligibility: subsidie groepshulpen", () => {
  it("grants the full amount for a complete case", () => {
    expect(groepshulp(base)).toMatchObject({ status: "eligible", amountEuro: 10056, unmetConditions: [] });
  });

  it("pays pro rata to contract hours", () => {
    expect(groepshulp({ ...base, person: { ...base.person, contractHoursPerWeek: 18 } }).amountEuro).toBe(
      5028,
    );
  });

  it.each([
    [
      "two grants already this year",
      { employer: { ...base.employer, grantedThisYear: { "subsidie-groepshulpen": 2 } } },
      "maxPerOrganizationPerYear",
    ],
    [
      "granted to this person before",
      {
        person: {
          ...base.person,
          grantedInstruments: ["praktijkleren-derde-leerweg", "subsidie-groepshulpen"],
        },
      },
      "oncePerPerson",
    ],
    [
      "a contract shorter than 12 months",
      { person: { ...base.person, contractEnd: "2026-06-30" } },
      "minContractMonths",
    ],
    [
      "a contract before 1-8-2023",
      { person: { ...base.person, contractStart: "2023-01-01" } },
      "contractStartsFrom",
    ],
    [
      "formative deployment",
      { person: { ...base.person, deployedFormatively: true } },
      "notDeployedFormatively",
    ],
    [
      "training started after the window",
      { path: { learningRoute: "DERDE_LEERWEG", trainingStart: "2026-11-01" } },
      "trainingStartedInWindow",
    ],
    [
      "no praktijkleren subsidy granted",
      { person: { ...base.person, grantedInstruments: [] } },
      "grantedInstrument",
    ],
    [
      "a gastouderbureau",
      { employer: { ...base.employer, kind: "gastouderbureau" } },
      "excludedEmployerKinds",
    ],
  ] as [string, Partial<FundingContext>, string][])(
    "names the unmet condition for %s",
    (_name, change, code) => {
      const result = groepshulp({ ...base, ...change });
      expect(result.status).toBe("not-eligible");
      expect(result.unmetConditions.map((c) => c.code)).toEqual([code]);
      expect(result.unmetConditions[0]!.message.length).toBeGreaterThan(10);
    },
  );

  it("writes the dates in its messages the Dutch way", () => {
    const late = groepshulp({
      ...base,
      path: { learningRoute: "DERDE_LEERWEG", trainingStart: "2026-11-01" },
    });
    expect(late.unmetConditions[0]!.message).toBe("De opleiding moet starten tussen 1-8-2023 en 31-10-2026.");
    const early = groepshulp({ ...base, person: { ...base.person, contractStart: "2023-01-01" } });
    expect(early.unmetConditions[0]!.message).toBe("Het contract moet ingaan op of na 1-8-2023.");
  });

  it("shows closed instruments as closed", () => {
    const stap = checkFundingEligibility(catalog, base).find((o) => o.instrumentId === "stap-budget")!;
    expect(stap).toMatchObject({ status: "closed", amountEuro: null });
    expect(groepshulp({ ...base, date: "2027-02-01" }).status).toBe("closed");
  });

  // Subsidieregeling praktijkleren (wetten.overheid.nl BWBR0046007) and rvo.nl "praktijkleren derde
  // leerweg, administratie en controle": praktijkleren under a praktijkovereenkomst, signed by the
  // learner, the leerbedrijf and the school (WEB art. 7.2.8), besides the SBB recognition.
  it.each<[string, Partial<FundingContext["path"]>, boolean, string[]]>([
    ["a POK signed before the day", { pokSignedOn: "2026-01-25" }, true, []],
    ["a POK signed on the day", { pokSignedOn: "2026-11-23" }, true, []],
    ["no signed POK", { pokSignedOn: null }, false, ["signedPok"]],
    ["a signing date not yet reached", { pokSignedOn: "2026-11-24" }, false, ["signedPok"]],
    ["a caller that does not say", {}, false, ["signedPok"]],
  ])("praktijkleren derde leerweg with %s", (_, path, recognised, unmet) => {
    const { pokSignedOn: _signed, ...withoutPok } = base.path;
    for (const recognisedTrainingCompany of [true, false]) {
      const result = checkFundingEligibility(catalog, {
        ...base,
        employer: { ...base.employer, recognisedTrainingCompany },
        path: { ...withoutPok, ...path },
      }).find((o) => o.instrumentId === "praktijkleren-derde-leerweg")!;
      const expected = [...(recognisedTrainingCompany ? [] : ["recognisedTrainingCompany"]), ...unmet];
      expect(result.unmetConditions.map((c) => c.code)).toEqual(expected);
      expect(result.status).toBe(recognised && recognisedTrainingCompany ? "eligible" : "not-eligible");
      expect(result.unmetConditions.filter((c) => c.code === "signedPok").map((c) => c.message)).toEqual(
        unmet.map(
          () =>
            "De praktijkovereenkomst (POK) is nog niet getekend door de deelnemer, het leerbedrijf en de school.",
        ),
      );
    }
  });

  it("requires a recognised leerbedrijf for praktijkleren", () => {
    const result = checkFundingEligibility(catalog, {
      ...base,
      employer: { ...base.employer, recognisedTrainingCompany: false },
    }).find((o) => o.instrumentId === "praktijkleren-derde-leerweg")!;
    expect(result.unmetConditions.map((c) => c.code)).toEqual(["recognisedTrainingCompany"]);
  });
});
