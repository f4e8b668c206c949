import { describe, expect, it } from "vitest";
import { childcareCatalog as catalog } from "../catalog/childcare/index.ts";
import { evaluateIssuingEligibility } from "./eligibility.ts";
import {
  exemptionCorrectionProblem,
  exemptionDecisionProblem,
  exemptionScopeProblems,
  grantedExemptionEvidence,
  type ExemptionRecord,
} from "./exemptions.ts";
import type { PersonProfileInput } from "./profile.ts";

const TODAY = "2026-11-23";
const OWN = "school-maasoever";
const OTHER = "school-hofstad";
const PW = (code: string) => `pedagogisch-werk-2021:${code}`;
const C0125 = ["B1-K1-W7", "B1-K1-W1", "B1-K1-W9", "P1-K1-W5", "B1-K1-W10"].map(PW);

const record = (over: Partial<ExemptionRecord>): ExemptionRecord => ({
  id: "x1",
  schoolId: OWN,
  credentialId: "C0125",
  workProcessIds: C0125.slice(0, 1),
  status: "REQUESTED",
  decidedOn: null,
  ...over,
});

const examsFor = (ids: string[]): PersonProfileInput["evidence"] =>
  ids.map((workProcessId, i) => ({
    id: `exam-${i}`,
    workProcessId,
    kind: "FORMAL_EXAM" as const,
    result: "PASSED" as const,
    date: "2026-06-01",
    provenance: { by: "school" as const, schoolId: OWN },
  }));

/** C0125 at the own school: four werkprocessen examined, the first one only by way of the exemption. */
const c0125With = (records: ExemptionRecord[]) =>
  evaluateIssuingEligibility(
    catalog,
    { evidence: [...examsFor(C0125.slice(1))!, ...grantedExemptionEvidence(records)] },
    OWN,
    TODAY,
  ).find((e) => e.credentialId === "C0125")!.status;

describe("an exemption counts only as the examencommissie's decision", () => {
  // WEB art. 7.4.6 and the Examen- en kwalificatiebesluit WEB: the examencommissie grants exemptions,
  // on the grounds the learner brings (EVC, another school's certificate, a foreign diploma); the domain
  // guide (school-and-region.md, "Issuing"): such a proof is a reason to ask, not a result.
  it.each<[string, ExemptionRecord[], "eligible" | "missing"]>([
    [
      "an EVC request awaiting the examencommissie does not count",
      [record({ status: "REQUESTED" })],
      "missing",
    ],
    [
      "an exemption the examencommissie granted counts",
      [record({ status: "GRANTED", decidedOn: "2026-10-01" })],
      "eligible",
    ],
    ["a refused request does not count", [record({ status: "REFUSED", decidedOn: "2026-10-01" })], "missing"],
    [
      "an exemption another school's examencommissie granted does not count here",
      [record({ schoolId: OTHER, status: "GRANTED", decidedOn: "2026-10-01" })],
      "missing",
    ],
    [
      "a grant corrected into a refusal no longer counts (the correction replaces it)",
      [
        record({ id: "x1", status: "GRANTED", decidedOn: "2026-10-01", supersededById: "x2" }),
        record({ id: "x2", status: "REFUSED", decidedOn: "2026-10-05", supersedesId: "x1" }),
      ],
      "missing",
    ],
    [
      "a refusal corrected into a grant counts",
      [
        record({ id: "x1", status: "REFUSED", decidedOn: "2026-10-01" }),
        record({ id: "x2", status: "GRANTED", decidedOn: "2026-10-05", supersedesId: "x1" }),
      ],
      "eligible",
    ],
  ])("%s", (_, records, status) => {
    expect(c0125With(records)).toBe(status);
  });

  it("gives one passed exemption per granted werkproces, dated on the decision, by the deciding school", () => {
    expect(
      grantedExemptionEvidence([
        record({ status: "GRANTED", decidedOn: "2026-10-01", workProcessIds: C0125 }),
      ]),
    ).toEqual(
      C0125.map((workProcessId) => ({
        id: `exemption:x1:${workProcessId}`,
        workProcessId,
        kind: "EXEMPTION",
        result: "PASSED",
        date: "2026-10-01",
        inRecognisedCompany: true,
        provenance: { by: "school", schoolId: OWN },
      })),
    );
  });
});

describe("what an exemption may name", () => {
  it.each<[string, string, string[], string[]]>([
    ["werkprocessen of the certificate", "C0125", C0125.slice(0, 2), []],
    ["werkprocessen of a diploma's profieldeel", "GPM", [PW("P2-K1-W1")], []],
    [
      "an unknown credential",
      "XYZ",
      C0125,
      ["Kies een certificaat of diploma: alleen daarvan verleent de examencommissie vrijstelling."],
    ],
    ["no werkproces", "C0125", [], ["Kies minstens één werkproces waarvoor vrijstelling wordt gevraagd."]],
    [
      "a werkproces of another credential",
      "C0125",
      [PW("P2-K1-W1")],
      [
        `${PW("P2-K1-W1")} hoort niet bij Pedagogisch klimaat in de kinderopvang. Kies werkprocessen van die opleiding.`,
      ],
    ],
    ["the same werkproces twice", "C0125", [C0125[0]!, C0125[0]!], ["Kies elk werkproces één keer."]],
  ])("%s", (_, credentialId, workProcessIds, problems) => {
    expect(exemptionScopeProblems(catalog, credentialId, workProcessIds)).toEqual(problems);
  });
});

describe("a decision is final; a correction supersedes it", () => {
  // Domain guide §5 and CODE_STYLE ("a correction is a new row that supersedes, with a reason").
  it.each<[string, Pick<ExemptionRecord, "status" | "supersededById">, boolean, boolean]>([
    ["a request can be decided, not corrected", { status: "REQUESTED" }, true, false],
    ["a grant cannot be decided again, but corrected", { status: "GRANTED" }, false, true],
    ["a refusal cannot be decided again, but corrected", { status: "REFUSED" }, false, true],
    ["a corrected decision is neither", { status: "GRANTED", supersededById: "x2" }, false, false],
  ])("%s", (_, state, decidable, correctable) => {
    expect(exemptionDecisionProblem(state) === null).toBe(decidable);
    expect(exemptionCorrectionProblem(state) === null).toBe(correctable);
  });
});
