import { describe, expect, it } from "vitest";
import { childcareCatalog as catalog } from "../catalog/childcare/index.ts";
import { findCredential } from "../catalog/lookup.ts";
import { buildOpenBadgeCredential, snapshotCredential } from "./issuing.ts";
import { readOpenBadgeAchievement, UnknownAchievementError } from "./open-badge-achievement.ts";

/** The achievement another deployment of this system writes for a catalog credential. */
function achievementOf(credentialId: string, workProcessIds: string[]) {
  const credential = buildOpenBadgeCredential({
    baseUrl: "https://elders.example/",
    credentialId: "c1",
    catalogCredentialId: credentialId,
    issuerId: "did:web:elders.example:issuers:s1",
    issuedOn: "2026-06-01",
    snapshot: snapshotCredential(catalog, credentialId, {
      learnerName: "Rosa Brouwer",
      issuerName: "ROC Elders",
      employerName: null,
    }),
    workProcesses: workProcessIds.map((id) => {
      const [, code] = id.split(":");
      return { id, code: code!, title: `Werkproces ${code}` };
    }),
    status: null,
  });
  return credential.credentialSubject.achievement;
}

const PW = (code: string) => `pedagogisch-werk-2021:${code}`;

describe("readOpenBadgeAchievement", () => {
  it.each([
    ["a diploma by its crebo", "PMK", [PW("B1-K1-W1")]],
    ["a certificate by its code", "C0125", [PW("B1-K1-W1"), PW("B1-K1-W7")]],
    ["a certificate without a code", "OIK", []],
    ["a praktijkverklaring (no code)", "pv-assistent-dienstverlening", []],
  ])("reads back %s with its werkprocessen", (_case, credentialId, workProcessIds) => {
    const read = readOpenBadgeAchievement(catalog, achievementOf(credentialId, workProcessIds));
    expect(read.credential).toBe(findCredential(catalog, credentialId));
    expect(read.workProcessIds).toEqual(workProcessIds);
  });

  const c0125 = achievementOf("C0125", [PW("B1-K1-W1")]);
  it.each([
    ["an unknown catalog id", { ...c0125, id: "https://elders.example/achievements/C9999" }, /C0125/],
    ["another kind than the catalog's", { ...c0125, achievementType: "Diploma" }, /niet in de catalogus/],
    ["another code than the catalog's", { ...c0125, humanCode: "C0126" }, /C0126/],
    ["no code where the catalog has one", { ...c0125, humanCode: undefined }, /niet in de catalogus/],
    [
      "an unknown werkproces",
      { ...c0125, alignment: [{ targetCode: "B9-K9-W9", targetUrl: "https://x/werkprocessen/nope" }] },
      /Werkproces B9-K9-W9/,
    ],
    [
      "a werkproces under another code",
      {
        ...c0125,
        alignment: [{ targetCode: "B1-K1-W2", targetUrl: `https://x/werkprocessen/${PW("B1-K1-W1")}` }],
      },
      /Werkproces B1-K1-W2/,
    ],
  ])("refuses %s in Dutch", (_case, achievement, message) => {
    expect(() => readOpenBadgeAchievement(catalog, achievement)).toThrow(UnknownAchievementError);
    expect(() => readOpenBadgeAchievement(catalog, achievement)).toThrow(message);
  });
});
