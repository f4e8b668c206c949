import { describe, expect, it } from "vitest";
import {
  FUNNEL_COLUMNS,
  FUNNEL_OUTCOMES,
  FUNNEL_STAGES,
  funnelColumns,
  type FunnelColumn,
  type FunnelFacts,
} from "./funnel.ts";

const registered: FunnelFacts = {
  erased: false,
  pathEndReasons: [],
  intakeCompleted: false,
  credentialKinds: [],
  referralStatuses: [],
};

describe("funnelColumns", () => {
  it.each<[string, Partial<FunnelFacts>, FunnelColumn[]]>([
    ["registered only", {}, ["REGISTERED"]],
    ["after the intake", { intakeCompleted: true }, ["INTAKE"]],
    ["referred", { intakeCompleted: true, referralStatuses: ["PROPOSED"] }, ["REFERRED"]],
    ["a declined referral still counts as referred", { referralStatuses: ["DECLINED"] }, ["REFERRED"]],
    [
      "only a withdrawn referral: not referred",
      { intakeCompleted: true, referralStatuses: ["WITHDRAWN"] },
      ["INTAKE"],
    ],
    [
      "hired through a referral",
      { referralStatuses: ["PROPOSED", "HIRED"], pathEndReasons: [null] },
      ["STARTED"],
    ],
    [
      "a praktijkverklaring",
      { referralStatuses: ["HIRED"], credentialKinds: ["PRAKTIJKVERKLARING"] },
      ["PRAKTIJKVERKLARING"],
    ],
    [
      "a certificate beats a praktijkverklaring",
      { credentialKinds: ["PRAKTIJKVERKLARING", "CERTIFICATE"] },
      ["CERTIFICATE"],
    ],
    ["a diploma is the furthest", { credentialKinds: ["CERTIFICATE", "DIPLOMA"] }, ["DIPLOMA"]],
    [
      "a path completed on its goal",
      { referralStatuses: ["HIRED"], credentialKinds: ["CERTIFICATE"], pathEndReasons: ["COMPLETED"] },
      ["CERTIFICATE", "COMPLETED"],
    ],
    [
      "her praktijkverklaring earned, she leaves: left with a result, not uitgevallen",
      {
        referralStatuses: ["HIRED"],
        credentialKinds: ["PRAKTIJKVERKLARING"],
        pathEndReasons: ["LEFT_WITH_RESULT"],
      },
      ["PRAKTIJKVERKLARING", "LEFT_WITH_RESULT"],
    ],
    [
      "a stop takes no stage away: stopped without a result is uitgevallen at the stage reached",
      { referralStatuses: ["HIRED"], pathEndReasons: ["STOPPED_WITHOUT_RESULT"] },
      ["STARTED", "DROPPED_OUT"],
    ],
    [
      "moved to another employer, the path not (yet) continued",
      { referralStatuses: ["HIRED"], pathEndReasons: ["MOVED_EMPLOYER"] },
      ["STARTED", "MOVED_EMPLOYER"],
    ],
    [
      "moved and continued at the new employer: still on the way",
      { referralStatuses: ["HIRED"], pathEndReasons: ["MOVED_EMPLOYER", null] },
      ["STARTED"],
    ],
    [
      "a completed path and a new goal running: completed counts",
      { referralStatuses: ["HIRED"], credentialKinds: ["CERTIFICATE"], pathEndReasons: ["COMPLETED", null] },
      ["CERTIFICATE", "COMPLETED"],
    ],
    [
      "left the desk before being hired: uitgevallen",
      { erased: true, intakeCompleted: true },
      ["INTAKE", "DROPPED_OUT"],
    ],
    [
      "the registration withdrawn after the hire: no dropout",
      { erased: true, referralStatuses: ["HIRED"], pathEndReasons: [null] },
      ["STARTED"],
    ],
  ])("%s", (_, facts, expected) => {
    expect(funnelColumns({ ...registered, ...facts })).toEqual(expected);
  });

  it("lists the stages, furthest last, then the outcomes, uitgevallen last", () => {
    expect(FUNNEL_COLUMNS).toEqual([...FUNNEL_STAGES, ...FUNNEL_OUTCOMES]);
    expect(FUNNEL_STAGES.at(-1)).toBe("DIPLOMA");
    expect(FUNNEL_COLUMNS.at(-1)).toBe("DROPPED_OUT");
    expect(FUNNEL_STAGES.indexOf("DIPLOMA")).toBeGreaterThan(FUNNEL_STAGES.indexOf("CERTIFICATE"));
  });
});
