import { describe, expect, it } from "vitest";
import {
  languageProof,
  mondelingLevel,
  RECORDED_LANGUAGE_LEVELS,
  type RecordedLanguageLevel,
} from "./language.ts";
import { childcareCatalog as catalog } from "../catalog/childcare/index.ts";
import type { EducationLevel, LanguageLevel } from "../catalog/schema.ts";
import { parseProfile, type PersonProfileInput } from "./profile.ts";

type HeldCredential = NonNullable<PersonProfileInput["credentials"]>[number];
import { evaluateRequirement } from "./requirements.ts";

describe("the mondeling level a recorded level counts as", () => {
  it.each<[RecordedLanguageLevel, LanguageLevel]>([
    ["1F", "1F"],
    ["2F", "2F"],
    ["3F", "3F"],
    ["4F", "4F"],
    ["B2", "3F"],
  ])("%s counts as %s", (recorded, level) => {
    expect(mondelingLevel(recorded)).toBe(level);
  });

  it("lets an employer record 1F–4F and B2, nothing else", () => {
    expect(RECORDED_LANGUAGE_LEVELS).toEqual(["1F", "2F", "3F", "4F", "B2"]);
  });
});

const other = (title: string, educationLevel: EducationLevel): HeldCredential => ({
  kind: "OTHER_DIPLOMA",
  title,
  educationLevel,
  diplomaGroup: null,
  issuedOn: "2020-07-01",
});
const catalogDiploma = (ref: string): HeldCredential => ({ kind: "DIPLOMA", ref, issuedOn: "2020-07-01" });
describe("what meets the taaleis mondeling 3F", () => {
  // cao Kinderopvang, bijlage Taaleis (domain guide §5): besides a test at 3F (or B2 for speaking), a
  // Dutch mbo-4, havo, vwo or vhbo diploma, an Associate degree, an hbo- or wo-bachelor; an mbo-3
  // diploma and the three certificates are no proof.
  const cases: [name: string, profile: PersonProfileInput, met: boolean][] = [
    ["a bachelor pedagogiek (hbo)", { credentials: [other("Bachelor pedagogiek", "hbo")] }, true],
    [
      "an Associate degree (recorded as hbo)",
      { credentials: [other("Ad pedagogisch educatief professional", "hbo")] },
      true,
    ],
    ["a wo-bachelor", { credentials: [other("Bachelor psychologie", "wo")] }, true],
    ["a havo diploma", { credentials: [other("Havo", "havo")] }, true],
    ["a vwo diploma", { credentials: [other("Vwo", "vwo")] }, true],
    ["another mbo-4 diploma", { credentials: [other("Sociaal werker", "mbo-4")] }, true],
    ["the catalog's mbo-4 diploma Onderwijsassistent", { credentials: [catalogDiploma("OA")] }, true],
    ["a test at 3F", { languageLevels: { mondeling: "3F" } }, true],
    ["a test at B2 (recorded, counts as 3F)", { languageLevels: { mondeling: mondelingLevel("B2") } }, true],
    ["the mbo-3 diploma PMK", { credentials: [catalogDiploma("PMK")] }, false],
    [
      "the three certificates",
      {
        credentials: ["C0125", "C0123", "C0126"].map((ref): HeldCredential => ({
          kind: "CERTIFICATE",
          ref,
          issuedOn: "2020-07-01",
        })),
      },
      false,
    ],
    ["a foreign diploma", { credentials: [other("Licenciatura", "buitenlands")] }, false],
    ["a vmbo diploma", { credentials: [other("Vmbo-tl", "vmbo")] }, false],
    ["a test at 2F", { languageLevels: { mondeling: "2F" } }, false],
  ];

  it.each(cases)("%s: %s", (_, input, met) => {
    const profile = parseProfile(catalog, input, "2026-11-23");
    const result = evaluateRequirement(
      catalog,
      profile,
      { kind: "language", skill: "mondeling", level: "3F" },
      { asOf: "2026-11-23" },
    );
    expect(result.met).toBe(met);
  });

  it("names the proof a bachelor meets the taaleis with", () => {
    const profile = parseProfile(
      catalog,
      { credentials: [other("Bachelor pedagogiek", "hbo")] },
      "2026-11-23",
    );
    expect(languageProof(catalog, profile, "mondeling", "3F")?.id).toBe("taaleis-hbo");
    expect(languageProof(catalog, profile, "mondeling", "4F")).toBeUndefined();
  });

  it("keeps every accepted proof as catalog data with its source", () => {
    for (const proof of catalog.languageProofs) {
      expect(proof.source).toContain("bijlage Taaleis");
      expect(["confirmed", "inferred", "unconfirmed"]).toContain(proof.confidence);
    }
  });
});
