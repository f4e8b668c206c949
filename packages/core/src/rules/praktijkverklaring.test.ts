import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { childcareCatalog as catalog } from "../catalog/childcare/index.ts";
import { evaluateCredentialEligibility, evaluateIssuingEligibility } from "./eligibility.ts";
import type { Evidence, JudgementSigning, PersonProfileInput } from "./profile.ts";
import { currentRecords } from "./supersession.ts";

const TODAY = "2026-11-23";
const HZW = (code: string) => `helpende-zorg-en-welzijn-2020:${code}`;
const PV = "pv-helpende-zorg-welzijn";
const W1 = HZW("B1-K1-W1");
const W2 = HZW("B1-K1-W2");

type Judgement = Extract<PersonProfileInput["evidence"], unknown[]>[number];
const judgement = (over: Partial<Evidence> & { id: string }): Judgement => ({
  workProcessId: W1,
  kind: "PRACTICE_ASSESSMENT",
  result: "MASTERED",
  signing: "CO_SIGNED",
  date: "2026-05-01",
  inRecognisedCompany: true,
  ...over,
});
const certificateC0125 = (evidence: Judgement[]) =>
  evaluateCredentialEligibility(catalog, { evidence }, TODAY).find((e) => e.credentialId === "C0125")!;
const praktijkverklaring = (evidence: Judgement[]) =>
  evaluateCredentialEligibility(catalog, { evidence }, TODAY).find((e) => e.credentialId === PV)!;

// What a praktijkverklaring states: the werkprocessen the praktijkopleider judged beheerst, signed by
// the praktijkopleider and co-signed by the leidinggevende, in a leerbedrijf with an SBB recognition
// (werxe.nl and praktijkloketmbo.nl on the praktijkverklaring; the domain guide, school-and-region.md
// "Issuing"). A correction replaces what it corrects (CODE_STYLE: signed ratings never change, a
// correction supersedes). Core decides this from the signing state; a caller passes every judgement.
describe("what a praktijkverklaring lists, decided by core from the signing state", () => {
  it.each<[string, Judgement[], string[], string[]]>([
    ["a co-signed beheerst", [judgement({ id: "a" })], [W1], []],
    ["a draft", [judgement({ id: "a", signing: "DRAFT" })], [], []],
    ["signed, not yet co-signed", [judgement({ id: "a", signing: "SIGNED" })], [], []],
    ["co-signed nog niet", [judgement({ id: "a", result: "NOT_YET" })], [], []],
    [
      "co-signed, then corrected to nog niet",
      [
        judgement({ id: "a" }),
        judgement({ id: "b", result: "NOT_YET", supersedesId: "a", date: "2026-04-01" }),
      ],
      [],
      [],
    ],
    [
      "nog niet, corrected to a co-signed beheerst",
      [judgement({ id: "a", result: "NOT_YET" }), judgement({ id: "b", supersedesId: "a" })],
      [W1],
      [],
    ],
    [
      "co-signed beheerst, then a later draft nog niet",
      [
        judgement({ id: "a" }),
        judgement({ id: "b", result: "NOT_YET", signing: "DRAFT", date: "2026-06-01" }),
      ],
      [W1],
      [],
    ],
    [
      "co-signed beheerst, then a later co-signed nog niet",
      [judgement({ id: "a" }), judgement({ id: "b", result: "NOT_YET", date: "2026-06-01" })],
      [],
      [],
    ],
    [
      "co-signed beheerst outside a recognised leerbedrijf",
      [judgement({ id: "a", inRecognisedCompany: false })],
      [],
      [W1],
    ],
    [
      "a draft outside a recognised leerbedrijf",
      [judgement({ id: "a", inRecognisedCompany: false, signing: "DRAFT" })],
      [],
      [],
    ],
    [
      "two werkprocessen, one co-signed",
      [judgement({ id: "a" }), judgement({ id: "b", workProcessId: W2, signing: "SIGNED" })],
      [W1],
      [],
    ],
  ])("%s", (_, evidence, listed, unrecognised) => {
    const pv = praktijkverklaring(evidence);
    expect(pv.workProcessIds).toEqual(listed);
    expect(pv.unrecognisedWorkProcessIds).toEqual(unrecognised);
    expect(pv.status).toBe(listed.length > 0 ? "eligible" : "missing");
    // The school's issuing view decides the same.
    const issuing = evaluateIssuingEligibility(catalog, { evidence }, "school-1", TODAY).find(
      (e) => e.credentialId === PV,
    )!;
    expect(issuing.workProcessIds).toEqual(listed);
  });

  it("refuses a praktijkbeoordeling that does not say how far it is signed, and an exam that does", () => {
    const { signing: _, ...unsigned } = judgement({ id: "a" }) as Evidence;
    expect(() => praktijkverklaring([unsigned])).toThrow(/concept is, ondertekend of ook medeondertekend/);
    expect(() =>
      praktijkverklaring([{ ...judgement({ id: "a" }), kind: "FORMAL_EXAM", result: "PASSED" }]),
    ).toThrow(/concept is, ondertekend of ook medeondertekend/);
  });

  it("does not count a corrected exam result towards a certificate", () => {
    const c0125 = catalog.certificates.find((c) => c.id === "C0125")!;
    const exams = c0125.workProcessIds.map((id, i) => ({
      id: `x${i}`,
      workProcessId: id,
      kind: "FORMAL_EXAM" as const,
      result: "PASSED" as const,
      date: "2026-05-01",
    }));
    const corrected = [...exams, { ...exams[0]!, id: "fix", result: "FAILED" as const, supersedesId: "x0" }];
    expect(certificateC0125(exams).status).toBe("eligible");
    expect(certificateC0125(corrected)).toMatchObject({
      status: "missing",
      missingWorkProcessIds: [exams[0]!.workProcessId],
    });
  });
});

describe("the praktijkverklaring as a property of the judgements", () => {
  const template = catalog.praktijkverklaringTemplates.find((t) => t.id === PV)!;
  const dossier = catalog.qualifications.find((q) => q.id === template.qualificationId)!.workProcessIds;
  const judgementArb = fc.record({
    workProcessId: fc.constantFrom(...dossier.slice(0, 4)),
    result: fc.constantFrom("MASTERED" as const, "NOT_YET" as const, "NOT_APPLICABLE" as const),
    signing: fc.constantFrom<JudgementSigning>("DRAFT", "SIGNED", "CO_SIGNED"),
    date: fc.constantFrom("2026-01-10", "2026-03-01", "2026-10-01"),
    inRecognisedCompany: fc.boolean(),
    corrects: fc.option(fc.nat({ max: 20 }), { nil: undefined }),
  });

  it("never lists a werkproces without a current, co-signed beheerst judgement in a recognised leerbedrijf", () => {
    fc.assert(
      fc.property(fc.array(judgementArb, { maxLength: 20 }), (drawn) => {
        const evidence = drawn.map(({ corrects, ...e }, i) =>
          judgement({
            ...e,
            id: `j${i}`,
            ...(corrects !== undefined && corrects < i ? { supersedesId: `j${corrects}` } : {}),
          }),
        ) as Evidence[];
        const counting = currentRecords(evidence).filter(
          (e) => e.signing === "CO_SIGNED" && e.inRecognisedCompany,
        );
        for (const id of praktijkverklaring(evidence).workProcessIds) {
          const latest = counting
            .filter((e) => e.workProcessId === id)
            .reduce<Evidence | null>((last, e) => (!last || last.date <= e.date ? e : last), null);
          expect(latest?.result).toBe("MASTERED");
        }
      }),
    );
  });
});
