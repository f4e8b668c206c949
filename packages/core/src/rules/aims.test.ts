import { describe, expect, it } from "vitest";
import { childcareCatalog as catalog } from "../catalog/childcare/index.ts";
import { aimedCredentials, withCertificates, type AimSources } from "./aims.ts";

const PMK_CERTIFICATES = catalog.certificates.filter((c) => c.qualificationId === "PMK").map((c) => c.id);
const none: AimSources = { enrolments: [], requests: [], pathGoals: [] };

describe("aimedCredentials", () => {
  it.each<[string, Partial<AimSources>, string[]]>([
    ["nothing asked or followed", {}, []],
    ["an enrolment", { enrolments: ["PMK"] }, ["PMK"]],
    ["a request", { requests: ["C0125"] }, ["C0125"]],
    ["an active path's goal", { pathGoals: ["pv-helpende-zorg-welzijn"] }, ["pv-helpende-zorg-welzijn"]],
    ["a path towards a function only", { pathGoals: [null] }, []],
    [
      "enrolments, then requests, then path goals",
      { enrolments: ["GPM"], requests: ["C0125"], pathGoals: ["PMK"] },
      ["GPM", "C0125", "PMK"],
    ],
    [
      "the same credential from three sources, once",
      { enrolments: ["PMK"], requests: ["PMK"], pathGoals: ["PMK"] },
      ["PMK"],
    ],
    ["an id the catalog does not know", { requests: ["NOPE", "C0125"] }, ["C0125"]],
  ])("%s", (_, sources, expected) => {
    expect(aimedCredentials(catalog, { ...none, ...sources })).toEqual(expected);
  });
});

describe("withCertificates", () => {
  it.each<[string, string[], string[]]>([
    ["a certificate stays alone", ["C0125"], ["C0125"]],
    ["a diploma brings its certificates after it", ["PMK"], ["PMK", ...PMK_CERTIFICATES]],
    [
      "a certificate named before its diploma is listed once",
      ["C0125", "PMK"],
      ["C0125", "PMK", ...PMK_CERTIFICATES.filter((c) => c !== "C0125")],
    ],
    ["a praktijkverklaring stays alone", ["pv-helpende-zorg-welzijn"], ["pv-helpende-zorg-welzijn"]],
  ])("%s", (_, ids, expected) => {
    expect(withCertificates(catalog, ids)).toEqual(expected);
  });

  it("PMK has certificates, so the diploma case is not empty", () => {
    expect(PMK_CERTIFICATES).toContain("C0125");
  });
});
