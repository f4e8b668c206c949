import { describe, expect, it } from "vitest";
import { funnelStage, FUNNEL_STAGES, type FunnelFacts, type FunnelStage } from "./funnel.ts";

const registered: FunnelFacts = {
  erased: false,
  pathStopped: false,
  intakeCompleted: false,
  credentialKinds: [],
  referralStatuses: [],
};

describe("funnelStage", () => {
  it.each<[string, Partial<FunnelFacts>, FunnelStage]>([
    ["registered only", {}, "REGISTERED"],
    ["after the intake", { intakeCompleted: true }, "INTAKE"],
    ["referred", { intakeCompleted: true, referralStatuses: ["PROPOSED"] }, "REFERRED"],
    ["a declined referral still counts as referred", { referralStatuses: ["DECLINED"] }, "REFERRED"],
    [
      "only a withdrawn referral: not referred",
      { intakeCompleted: true, referralStatuses: ["WITHDRAWN"] },
      "INTAKE",
    ],
    ["hired through a referral", { referralStatuses: ["PROPOSED", "HIRED"] }, "STARTED"],
    [
      "a praktijkverklaring",
      { referralStatuses: ["HIRED"], credentialKinds: ["PRAKTIJKVERKLARING"] },
      "PRAKTIJKVERKLARING",
    ],
    [
      "a certificate beats a praktijkverklaring",
      { credentialKinds: ["PRAKTIJKVERKLARING", "CERTIFICATE"] },
      "CERTIFICATE",
    ],
    ["a diploma is the furthest", { credentialKinds: ["CERTIFICATE", "DIPLOMA"] }, "DIPLOMA"],
    [
      "a stopped path drops out, whatever came before",
      { pathStopped: true, credentialKinds: ["DIPLOMA"] },
      "DROPPED_OUT",
    ],
    ["an erased registration drops out", { erased: true, intakeCompleted: true }, "DROPPED_OUT"],
  ])("%s", (_, facts, expected) => {
    expect(funnelStage({ ...registered, ...facts })).toBe(expected);
  });

  it("names only stages of the funnel, dropped out last", () => {
    expect(FUNNEL_STAGES.at(-1)).toBe("DROPPED_OUT");
    expect(FUNNEL_STAGES.indexOf("DIPLOMA")).toBeGreaterThan(FUNNEL_STAGES.indexOf("CERTIFICATE"));
  });
});
